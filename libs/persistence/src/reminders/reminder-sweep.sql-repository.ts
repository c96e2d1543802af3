import type { DataSource } from 'typeorm';
import type { IsoDate } from '@luyue/contracts';
import { type DueRule, type NotificationRef, type ReminderSweepRepository, SWEEP_STATEMENT_TIMEOUT_MS, type WrittenRow } from '@luyue/application';
import { withStatementTimeout } from '../shared/statement-timeout';
import { ANY_DIGEST_TODAY, INSERT_DIGESTS, INSERT_OBLIGATION_REMINDERS, SELECT_DUE_OBLIGATIONS, SELECT_PENDING_OF_DAY } from './reminder-selection.sql';

const ruleParams = (r: DueRule) => [r.day, r.dueSoonDates, r.recentOverdueDates, r.olderThan, r.repeatEveryDays];

export class SqlReminderSweepRepository implements ReminderSweepRepository {
  constructor(private readonly ds: DataSource) {}

  pendingOfDay(day: IsoDate): Promise<NotificationRef[]> {
    return this.ds.query(SELECT_PENDING_OF_DAY, [day]);
  }

  dueObligations(rule: DueRule): Promise<{ id: string }[]> {
    return this.statement(SELECT_DUE_OBLIGATIONS, ruleParams(rule));
  }

  writeObligationReminders(rule: DueRule, obligationIds: string[], escalateAfterDays: number, sweepId: string, messageIdDomain: string): Promise<WrittenRow[]> {
    return this.statement(INSERT_OBLIGATION_REMINDERS, [...ruleParams(rule), obligationIds, escalateAfterDays, sweepId, messageIdDomain]);
  }

  async anyDigestToday(day: IsoDate): Promise<boolean> {
    const [{ digestDay }]: { digestDay: boolean }[] = await this.ds.query(ANY_DIGEST_TODAY, [day]);
    return digestDay;
  }

  writeDigests(day: IsoDate, horizonDays: number, sweepId: string, messageIdDomain: string): Promise<WrittenRow[]> {
    return this.statement(INSERT_DIGESTS, [day, horizonDays, sweepId, messageIdDomain]);
  }

  /**
   * One statement, JIT off: the planner over-estimates these joins on large tables and
   * JIT-compiles them, which costs seconds and saves nothing here. On a large data set it may
   * outlast the app's statement_timeout, so it has a longer one of its own.
   */
  private statement<T>(sql: string, params: unknown[]): Promise<T[]> {
    return withStatementTimeout(this.ds, SWEEP_STATEMENT_TIMEOUT_MS, async (m) => {
      await m.query('SET LOCAL jit = off');
      return m.query(sql, params);
    });
  }
}
