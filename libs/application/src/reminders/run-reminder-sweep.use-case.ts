import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@luyue/contracts';
import { addDays, todayIn } from '@luyue/domain';
import { mailDomain } from '@luyue/mail';
import type { AppContext } from '../shared/app-context';
import type { ReminderConfig } from './reminder-config';
import type { DueRule, NotificationRef, WrittenRow } from './reminder-sweep.repository';

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

/** Obligations per batch: about 3 notification rows each, so one addBulk of a few thousand jobs. */
export const SWEEP_BATCH_OBLIGATIONS = 1500;
/** The first batch is small: nothing is enqueued until it is written, so it starts the queue early. */
export const SWEEP_FIRST_BATCH_OBLIGATIONS = 200;

/** Consecutive batches of `items`: a small first one, then full ones. */
export function* sweepBatches<T>(items: readonly T[], first = SWEEP_FIRST_BATCH_OBLIGATIONS, size = SWEEP_BATCH_OBLIGATIONS): Generator<T[]> {
  for (let i = 0; i < items.length; ) {
    const n = i === 0 ? first : size;
    yield items.slice(i, i + n);
    i += n;
  }
}

/**
 * The daily sweep: one notification row per business key (ON CONFLICT DO NOTHING, so re-runs and
 * concurrent runs create nothing twice) and one e-mail job per e-mail row (the bodies' robot rows,
 * written by the same statements, wait for the worker's outbox relay). The obligations due a
 * reminder are selected first (ids only), then written in batches; each batch's new rows
 * (INSERT … RETURNING) are enqueued while the next batch is written. Rows of the day already
 * pending when the run starts are enqueued too: an earlier run, or an earlier attempt of this
 * job, died between writing and enqueueing them; job ids derived from the key make a re-add a no-op.
 */
export class RunReminderSweepUseCase {
  constructor(
    private readonly ctx: AppContext,
    private readonly config: ReminderConfig,
    private readonly emails: EmailJobQueue,
  ) {}

  async execute(input: { today?: IsoDate; sweepId?: string } = {}): Promise<SweepResult> {
    const day = input.today ?? todayIn(this.config.timeZone, this.ctx.clock);
    const sweepId = input.sweepId ?? `sweep-${day}-${randomUUID()}`;
    const domain = mailDomain(this.config.mailFrom);
    const { rules } = this.config;
    const queue = new EnqueuePipeline(this.emails);
    let selected = 0;
    let created = 0;
    /** A batch's e-mail rows are written: count them and hand the new ones to the queue. */
    const written = (rows: WrittenRow[]) => {
      const fresh = rows.filter((r): r is NotificationRef & WrittenRow => r.id !== null);
      selected += rows.find((r) => r.id === null)?.selected ?? 0;
      created += fresh.length;
      queue.push(fresh.map((r) => ({ id: r.id, key: r.key })));
    };
    const sweep = this.ctx.data.reminderSweep;
    try {
      queue.push(await sweep.pendingOfDay(day));

      // Overdue reminders fall on overdue day 1, 1+N, 1+2N, … (remindersFor): list the recent ones.
      const overdueDates = Array.from({ length: RECENT_OVERDUE_REMINDERS }, (_, k) => addDays(day, -(1 + k * rules.repeatEveryDays)));
      const dueRule: DueRule = {
        day,
        dueSoonDates: rules.dueSoonOffsets.map((offset) => addDays(day, offset)),
        recentOverdueDates: overdueDates,
        olderThan: addDays(day, -(1 + RECENT_OVERDUE_REMINDERS * rules.repeatEveryDays)),
        repeatEveryDays: rules.repeatEveryDays,
      };
      const due = await sweep.dueObligations(dueRule);
      for (const batch of sweepBatches(due)) {
        const ids = batch.map((o) => o.id);
        written(await sweep.writeObligationReminders(dueRule, ids, rules.escalateAfterDays, sweepId, domain));
      }
      // Digests go out on the weekday each manager chose (Monday by default).
      const digestDay = await sweep.anyDigestToday(day);
      if (digestDay) written(await sweep.writeDigests(day, this.config.digestHorizonDays, sweepId, domain));
      return { sweepId, day, selected, created, enqueued: await queue.drain(), digestDay };
    } finally {
      await queue.settle();
    }
  }
}

/**
 * E-mail jobs handed to the queue one batch at a time, in the background: the sweep writes the
 * next batch meanwhile. Batches go in order, at most one addBulk in flight.
 */
class EnqueuePipeline {
  private tail: Promise<number> = Promise.resolve(0);

  constructor(private readonly emails: EmailJobQueue) {}

  push(batch: readonly NotificationRef[]): void {
    if (!batch.length) return;
    this.tail = this.tail.then(async (n) => n + (await this.emails.enqueueEmails(batch)));
    // Handled here too: a failure must not surface as an unhandled rejection while the sweep is
    // still writing; drain() reports it.
    this.tail.catch(() => undefined);
  }

  /** Waits for every batch; the jobs handed over. */
  drain(): Promise<number> {
    return this.tail;
  }

  /** Waits for batches still in flight whatever happened, so no enqueue outlives the sweep. */
  async settle(): Promise<void> {
    await this.tail.catch(() => undefined);
  }
}
