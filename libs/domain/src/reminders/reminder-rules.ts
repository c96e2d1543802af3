import type { IsoDate, ObligationStatus } from '@luyue/contracts';
import { diffDays, isMonday } from '../time/calendar-day';
import { isOpen } from '../status/status-groups';

export interface ReminderSettings {
  /** Days before the due date that get a due_soon reminder. */
  dueSoonOffsets: readonly number[];
  /** Overdue days after which escalation also goes to the parent body's managers. */
  escalateAfterDays: number;
  /** Overdue / escalation repeat every N days: overdue day 1, 1+N, 1+2N, … */
  repeatEveryDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  dueSoonOffsets: [7, 3, 1],
  escalateAfterDays: 7,
  repeatEveryDays: 7,
};

/**
 * One reminder to create today. Recipients are the worker's job:
 * due_soon / overdue → lead-body staff (and the assignee);
 * escalation → lead-body managers, plus the parent body's managers when `escalateToParent`.
 */
export type Reminder = { kind: 'due_soon'; daysLeft: number } | { kind: 'overdue'; daysOverdue: number } | { kind: 'escalation'; daysOverdue: number; escalateToParent: boolean };

/**
 * The reminders one obligation gets on `today` (possibly none). Only open
 * statuses (pending / acknowledged / in_progress) get reminders.
 */
export function remindersFor(obligation: { status: ObligationStatus; dueDate: IsoDate | null }, today: IsoDate, settings: Partial<ReminderSettings> = {}): Reminder[] {
  const { dueSoonOffsets, escalateAfterDays, repeatEveryDays } = {
    ...DEFAULT_REMINDER_SETTINGS,
    ...settings,
  };
  const { status, dueDate } = obligation;
  if (dueDate === null || !isOpen(status)) return [];

  const daysLeft = diffDays(today, dueDate);
  if (daysLeft >= 0) return dueSoonOffsets.includes(daysLeft) ? [{ kind: 'due_soon', daysLeft }] : [];

  const daysOverdue = -daysLeft;
  if ((daysOverdue - 1) % repeatEveryDays !== 0) return [];
  return [
    { kind: 'overdue', daysOverdue },
    {
      kind: 'escalation',
      daysOverdue,
      escalateToParent: daysOverdue >= escalateAfterDays,
    },
  ];
}

/** The weekly digest goes out on Mondays. */
export const isDigestDay = (day: IsoDate): boolean => isMonday(day);
