import { parseChineseNumber } from './chinese-numerals';

/** Numbering styles of plans, coarsest first: 一、 > （一） > 1. > （1） > 一是. */
export type NumberingScheme = 'part' | 'item' | 'arabic' | 'parenArabic' | 'ordinal';

export const SCHEME_RANK: Record<NumberingScheme, number> = { part: 0, item: 1, arabic: 2, parenArabic: 3, ordinal: 4 };

export interface Numbering {
  scheme: NumberingScheme;
  number: number;
  /** The marker as printed (`（三）`, `3.`, `一是`). */
  label: string;
  /** Characters the marker takes, with any space after it. */
  markerLength: number;
}

const MARKERS: Array<[NumberingScheme, RegExp]> = [
  ['part', /^([一二三四五六七八九十]+)[、.．]\s*/],
  ['item', /^[（(]([一二三四五六七八九十]+)[）)]\s*/],
  ['arabic', /^([0-9０-９]{1,3})[.．、](?![0-9０-９])\s*/],
  ['parenArabic', /^[（(]([0-9０-９]{1,3})[）)]\s*/],
  // `一是` opens a measure only when a verb-like word follows, not in `一是一非`.
  ['ordinal', /^([一二三四五六七八九十]+)是(?=[\u4e00-\u9fa5“《])/],
];

/** The numbering marker a plan line starts with, if any. */
export function numberingOf(text: string): Numbering | null {
  for (const [scheme, pattern] of MARKERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = parseChineseNumber(match[1]);
    if (number === null || number === 0) continue;
    return { scheme, number, label: match[0].trim(), markerLength: match[0].length };
  }
  return null;
}
