import type { IsoDate } from '@luyue/contracts';
import { type Clock, systemClock } from './clock';

/** Default zone for "today": the agencies work on China Standard Time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

// Building an Intl.DateTimeFormat is costly (tens of µs) and "today" is asked on every request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar day it is now in `timeZone` (IANA name), as 'YYYY-MM-DD'.
 * At 2026-11-24T16:30Z it is already 2026-11-25 in Asia/Shanghai.
 * Throws RangeError for an unknown zone.
 */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, clock: Clock = systemClock): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(clock.now());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
