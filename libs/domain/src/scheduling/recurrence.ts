import type { IsoDate, Recurrence } from '@luyue/contracts';
import { addMonths, dayOfMonth } from '../time/calendar-day';

const MONTHS_PER_PERIOD: Record<Exclude<Recurrence, 'none'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/**
 * Next due date of a recurring obligation, counted from the previous DUE date
 * (not from completion, so late work does not shift the schedule).
 * Clamps to month end: monthly after 2026-01-31 → 2026-02-28.
 * Pass the series' first due date as `anchorDueDate` to keep its day of month
 * after a short month (…-02-28 → 03-31 when the anchor is a 31st).
 * Returns null for 'none'.
 */
export function nextDueDate(recurrence: Recurrence, previousDueDate: IsoDate, anchorDueDate: IsoDate = previousDueDate): IsoDate | null {
  if (recurrence === 'none') return null;
  return addMonths(previousDueDate, MONTHS_PER_PERIOD[recurrence], dayOfMonth(anchorDueDate));
}
