// All dates are shown as YYYY-MM-DD in Asia/Shanghai, whatever the browser's zone.
const ZONE = 'Asia/Shanghai';

// en-CA formats dates as YYYY-MM-DD; sv-SE gives "YYYY-MM-DD HH:mm".
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' for a calendar day (kept as is) or an instant (converted to Shanghai time). */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  if (CALENDAR_DAY.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** 'YYYY-MM-DD HH:mm' in Shanghai time, for event timestamps. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : timeFormat.format(date);
}

/** Today in Shanghai as 'YYYY-MM-DD'. */
export const todayInShanghai = (): string => dayFormat.format(new Date());

/** Calendar arithmetic on 'YYYY-MM-DD' (UTC noon avoids any DST edge). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
