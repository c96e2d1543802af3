import type { IsoDate } from '@luyue/contracts';
import { type Clock, systemClock } from './clock';

/** Default zone for "today": the agencies work on China Standard Time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * The calendar day it is now in `timeZone` (IANA name), as 'YYYY-MM-DD'.
 * At 2026-11-24T16:30Z it is already 2026-11-25 in Asia/Shanghai.
 * Throws RangeError for an unknown zone.
 */
export function todayIn(
  timeZone: string = DEFAULT_TIME_ZONE,
  clock: Clock = systemClock,
): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(clock.now());
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
