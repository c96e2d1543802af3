import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@luyue/contracts';
import { type Clock, addDays, systemClock, todayIn } from '@luyue/domain';
import { mailDomain } from '@luyue/mail';
import { SWEEP_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../shared/statement-timeout';
import type { ReminderConfig } from './reminder-config';
import { fanOutToChannels } from './channel-fanout';
import { ANY_DIGEST_TODAY, INSERT_DIGESTS, INSERT_OBLIGATION_REMINDERS } from './reminder-selection.sql';

/** Overdue reminder days looked up by index (about five years at the weekly default). */
const RECENT_OVERDUE_REMINDERS = 260;

/** Where the sweep puts one e-mail job per notification (ReminderProducer in @luyue/queue). */
export interface EmailJobQueue {
  enqueueEmails(notifications: readonly { id: string; key: string }[]): Promise<number>;
}

export interface SweepResult {
  sweepId: string;
  day: IsoDate;
  /** Notifications the rules call for today (including ones an earlier run already created). */
  selected: number;
  /** New notification rows created by this run. */
  created: number;
  /** E-mail jobs handed to the queue: every notification of the day still pending. */
  enqueued: number;
  digestDay: boolean;
}

/**
 * The daily sweep: inserts one notification row per business key (ON CONFLICT DO NOTHING,
 * so re-runs and concurrent runs create nothing twice), then enqueues every still-pending
 * notification of the day. Enqueueing pending rows rather than only the new ones lets a
 * later run finish a sweep that died between INSERT and enqueue; job ids derived from the
 * key make the re-add a no-op.
 */
export class RunReminderSweep {
  constructor(
    private readonly ds: DataSource,
    private readonly config: ReminderConfig,
    private readonly emails: EmailJobQueue,
    private readonly clock: Clock = systemClock,
  ) {}

  async execute(input: { today?: IsoDate; sweepId?: string } = {}): Promise<SweepResult> {
    const day = input.today ?? todayIn(this.config.timeZone, this.clock);
    const sweepId = input.sweepId ?? `sweep-${day}-${randomUUID()}`;
    const domain = mailDomain(this.config.mailFrom);
    const { rules } = this.config;

    // Overdue reminders fall on overdue day 1, 1+N, 1+2N, … (remindersFor): list the recent ones.
    const overdueDates = Array.from({ length: RECENT_OVERDUE_REMINDERS }, (_, k) => addDays(day, -(1 + k * rules.repeatEveryDays)));
    const [reminders] = await this.insert(INSERT_OBLIGATION_REMINDERS, [
      day,
      rules.dueSoonOffsets.map((offset) => addDays(day, offset)),
      rules.repeatEveryDays,
      rules.escalateAfterDays,
      sweepId,
      domain,
      overdueDates,
      addDays(day, -(1 + RECENT_OVERDUE_REMINDERS * rules.repeatEveryDays)),
    ]);
    const [{ digestDay }]: { digestDay: boolean }[] = await this.ds.query(ANY_DIGEST_TODAY, [day]);
    const [digests] = digestDay
      ? await this.insert(INSERT_DIGESTS, [day, this.config.digestHorizonDays, sweepId, domain])
      : [{ selected: 0, created: 0 }];

    const pending: { id: string; key: string }[] = await this.ds.query(
      `SELECT id, key FROM notifications WHERE day = $1 AND status = 'pending' AND channel = 'email' ORDER BY created_at, id`,
      [day],
    );
    const enqueued = await this.emails.enqueueEmails(pending);
    // The bodies' group robots get the day's reminders too (the worker's outbox relay sends them).
    await fanOutToChannels(this.ds, day, sweepId, domain);
    return {
      sweepId,
      day,
      selected: reminders.selected + digests.selected,
      created: reminders.created + digests.created,
      enqueued,
      digestDay,
    };
  }

  /**
   * One selection statement, JIT off: the planner over-estimates these joins on large tables
   * and JIT-compiles them, which costs seconds and saves nothing here. On a large data set it
   * may outlast the app's statement_timeout, so it has a longer one of its own.
   */
  private insert(sql: string, params: unknown[]): Promise<{ selected: number; created: number }[]> {
    return withStatementTimeout(this.ds, SWEEP_STATEMENT_TIMEOUT_MS, async (m) => {
      await m.query('SET LOCAL jit = off');
      return m.query(sql, params);
    });
  }
}
