import type { IsoDate } from '@luyue/contracts';

/** A notification row handed to the e-mail queue. */
export type NotificationRef = { id: string; key: string };

/** What a batch write answers: the new rows, and one row (id null) carrying how many the rules selected. */
export type WrittenRow = { id: string | null; key: string | null; selected: number | null };

/** The reminder rules of one day as the selection reads them (see reminder-selection.sql.ts in libs/persistence). */
export interface DueRule {
  day: IsoDate;
  dueSoonDates: IsoDate[];
  /** Overdue reminder days looked up by index, most recent first. */
  recentOverdueDates: IsoDate[];
  /** The last due date not in recentOverdueDates (older items keep the modulo test). */
  olderThan: IsoDate;
  repeatEveryDays: number;
}

/**
 * The daily sweep's set-based statements (port). Each runs in a transaction of its own with the
 * sweep's statement timeout and JIT off; the SQL mirrors remindersFor (@luyue/domain).
 */
export interface ReminderSweepRepository {
  /** E-mail rows of the day still pending (a crashed run's). */
  pendingOfDay(day: IsoDate): Promise<NotificationRef[]>;
  /** The obligations due a reminder today (ids only). */
  dueObligations(rule: DueRule): Promise<{ id: string }[]>;
  /** The reminder rows of a batch of due obligations, e-mail and robots (ON CONFLICT DO NOTHING); answers the new e-mail rows. */
  writeObligationReminders(rule: DueRule, obligationIds: string[], escalateAfterDays: number, sweepId: string, messageIdDomain: string): Promise<WrittenRow[]>;
  /** Whether some manager's digest weekday is today's. */
  anyDigestToday(day: IsoDate): Promise<boolean>;
  /** The managers' digests and their bodies' robots' (ON CONFLICT DO NOTHING); answers the new e-mail rows. */
  writeDigests(day: IsoDate, horizonDays: number, sweepId: string, messageIdDomain: string): Promise<WrittenRow[]>;
}
