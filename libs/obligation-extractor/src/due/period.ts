// The last day of a named period (guide, "Deadlines"): `2026年6月底` → 2026-06-30,
// `2026年` / `2026年底` / `2026年内` → 2026-12-31, `上半年` → 06-30, `三季度` → 09-30.
import { readNumber } from '../sentence/timing';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date of the last day of `month` (1-12) in `year`. */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The last day of the period that `rest` names within `year` (the text after `YYYY年`, or a
 * year-less period): a month, a day, a half or quarter, or the whole year.
 */
export function periodEnd(year: number, rest: { month?: string; day?: string; half?: string; quarter?: string }): string | null {
  if (rest.month) {
    const month = readNumber(rest.month);
    if (!month || month > 12) return null;
    if (rest.day) {
      const day = readNumber(rest.day);
      return day ? isoDay(year, month, day) : null;
    }
    return monthEnd(year, month);
  }
  if (rest.half) return rest.half === '上' ? monthEnd(year, 6) : monthEnd(year, 12);
  if (rest.quarter) return monthEnd(year, QUARTER[rest.quarter] * 3);
  return monthEnd(year, 12);
}

/** `effectiveDate` plus `months` (a regulation's `自本条例施行之日起六个月内`). */
export function addMonths(iso: string, months: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const total = Number(m[2]) - 1 + months;
  const year = Number(m[1]) + Math.floor(total / 12);
  const month = (total % 12) + 1;
  // `8月31日` + 6 months is the last day of February, not a day in March.
  return isoDay(year, month, Number(m[3])) ?? monthEnd(year, month);
}
