import type { IsoDate, Recurrence } from '@luyue/contracts';
import { addMonths } from '../time/calendar-day';

// The obligation extractor reports when a duty falls due as a hint;
// these turn a hint into the obligation's schedule.

export type TimingHint =
  | { kind: 'recurring'; every: 'year' | 'quarter' | 'month' } // 每年 / 每季度 / 每月
  | { kind: 'deadline'; months: number; from: 'effective' }; // 自施行之日起N个月内

export interface Schedule {
  recurrence: Recurrence;
  /** Null when the hint gives no concrete date (recurring, or effective date unknown). */
  dueDate: IsoDate | null;
}

const RECURRENCE_BY_PERIOD: Record<Extract<TimingHint, { kind: 'recurring' }>['every'], Recurrence> = {
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

/** Schedule for an extractor hint; no hint → not recurring, no due date. */
export function scheduleFromHint(hint: TimingHint | null | undefined, effectiveDate: IsoDate | null): Schedule {
  if (!hint) return { recurrence: 'none', dueDate: null };
  if (hint.kind === 'recurring') return { recurrence: RECURRENCE_BY_PERIOD[hint.every], dueDate: null };
  return {
    recurrence: 'none',
    dueDate: effectiveDate ? addMonths(effectiveDate, hint.months) : null,
  };
}
