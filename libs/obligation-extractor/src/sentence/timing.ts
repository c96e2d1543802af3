// Timing hints: 及时 (promptly), 定期/每年… (recurring), 自本条例施行之日起N个月内 (deadline).
import type { Timing } from '../types';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 1-99 written in Arabic or Chinese numerals (`6`, `六`, `十二`, `二十四`). */
export function readNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[2]) return CN_DIGITS[m[1]];
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

export function findTiming(text: string): Timing {
  const deadline = /自本(?:条例|规定|办法|决定)(?:施行|实施)之日起([\d一二两三四五六七八九十]+)个月内/.exec(text);
  const months = deadline ? readNumber(deadline[1]) : null;
  if (months) return { kind: 'deadline', months, from: 'effective' };
  if (/每月|每个月|按月/.test(text)) return { kind: 'recurring', every: 'month' };
  if (/每季度|每个季度|按季度/.test(text)) return { kind: 'recurring', every: 'quarter' };
  if (/每年|每一年|年度报告|按年度/.test(text)) return { kind: 'recurring', every: 'year' };
  if (/定期/.test(text)) return { kind: 'recurring' };
  if (/及时/.test(text)) return { kind: 'promptly' };
  return { kind: 'none' };
}
