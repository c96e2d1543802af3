import { parseChineseNumber } from '../structure/chinese-numerals';

const NUMERAL = '[0-9０-９]+|[零〇一二三四五六七八九十]+';
/** A date as written in Chinese documents: 2025年7月1日, 二〇二五年七月一日. Source for larger patterns. */
export const DATE_SOURCE = `(?:${NUMERAL})年(?:${NUMERAL})月(?:${NUMERAL})日`;
const DATE_PARTS = new RegExp(`^(${NUMERAL})年(${NUMERAL})月(${NUMERAL})日$`);

/** 2025年7月1日 / 2025-07-01 / '2025-07-01' → 2025-07-01; null when not a valid date. */
export function toIsoDate(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const compact = raw.replace(/[\s'"]/g, '');
  const chinese = DATE_PARTS.exec(compact);
  const parts = chinese ? chinese.slice(1).map((part) => parseChineseNumber(part)) : /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(compact)?.slice(1).map(Number);
  if (!parts || parts.some((part) => part === null)) return null;
  const [year, month, day] = parts as number[];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Removes the spaces typesetters put around digits (`2025 年 7 月 1 日`) so dates match. */
export function compactSpaces(text: string): string {
  return text.replace(/(?<=[0-9年月日]) +| +(?=[0-9年月日])/g, '');
}
