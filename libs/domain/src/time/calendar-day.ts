import type { IsoDate } from '@luyue/contracts';

// Calendar arithmetic on 'YYYY-MM-DD' strings. Days are handled as whole days
// since the epoch in UTC, so there is no time-zone or DST drift.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DayParts {
  year: number;
  month: number; // 1..12
  day: number;
}

/** True for a real calendar day in 'YYYY-MM-DD' form ('2026-02-30' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parse(date: IsoDate): DayParts {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: '${date}'`);
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function format({ year, month, day }: DayParts): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// A list page derives lights, overdue and permissions from the same few due dates row after
// row: each date is parsed once (bounded, so a long-running process does not grow it forever).
const epochDays = new Map<string, number>();

function toEpochDay(date: IsoDate): number {
  let epochDay = epochDays.get(date);
  if (epochDay === undefined) {
    const { year, month, day } = parse(date);
    epochDay = Date.UTC(year, month - 1, day) / MS_PER_DAY;
    if (epochDays.size >= 20_000) epochDays.clear();
    epochDays.set(date, epochDay);
  }
  return epochDay;
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return format({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: diffDays('2026-01-01', '2026-01-03') === 2. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * `date` plus `months`, clamped to the target month's end:
 * addMonths('2026-01-31', 1) === '2026-02-28'.
 * `preferredDay` (1..31) overrides the day of `date`, so a month-end series can
 * return to the 31st after a short month.
 */
export function addMonths(date: IsoDate, months: number, preferredDay?: number): IsoDate {
  const { year, month, day } = parse(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const wantedDay = preferredDay ?? day;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(wantedDay, daysInMonth(targetYear, targetMonth)),
  });
}

/** Day of the month, 1..31. */
export function dayOfMonth(date: IsoDate): number {
  return parse(date).day;
}

/** True when `date` is a Monday (digest day). */
export function isMonday(date: IsoDate): boolean {
  return new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay() === 1;
}
