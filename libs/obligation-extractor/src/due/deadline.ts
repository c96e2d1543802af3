// Finds the deadline a sentence (or an annotation's time limit, or a dated heading) sets:
// `到2028年底，…`, `2026年6月底前完成…`, `年内…`, `2024—2026年` (guide, "Deadlines").
// Dates that are not deadlines are skipped: issue and entry-into-force dates, a law's year in a
// citation, past baselines (`截至2025年底已建成`, `以2025年为基准`, `较2020年`), start dates (`自2025年起`).
import { maskQuoted } from '../text/segment';
import { periodEnd } from './period';

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const PERIOD = `(?:${NUM}月(?:${NUM}[日号])?(?:底|末|份|中旬|下旬|上旬)?|(上|下)半年|第?([一二三四1-4])季度(?:底|末)?)`;
// `2024—2026年`, `2024年至2026年`: the end of the last year.
const RANGE = /(\d{4})\s*年?\s*(?:[—–\-~～]+|至|到)\s*(\d{4})\s*年/g;
const DATED = new RegExp(`(\\d{4})\\s*年(?:${PERIOD})?`, 'g');
// Without a year only a stated limit counts (`6月底前`, `年内`, `年底前`, `三季度末前`): `每年6月` is not one.
const YEARLESS = new RegExp(`(?<![\\d年一二三四五六七八九十两每])(?:${PERIOD}(?:前|以前)|(?:年底|年末)(?:前|以前)?|年内)`, 'g');
// A year-less period that opens a clause (`，三季度实现全覆盖`, `到6月底完成…`) sets a target date too.
const YEARLESS_AT_CLAUSE_START = new RegExp(`(?<=^|[，。；：（(]|到|于|在)${PERIOD}(?=[\\u4e00-\\u9fa5])(?![底末份旬前以的])`, 'g');

// Words right before a date that make it a baseline or a starting point, not a deadline.
const BEFORE_NOT_DEADLINE = /(截至|截止到?|较|比|相比|同比|与|自|从|以|始于|起于)\s*$/;
// Words right after a date that make it an event of the past or a start (`印发`, `起施行`, `以来`).
const AFTER_NOT_DEADLINE = /^\s*(度|印发|发布|公布|颁布|施行|实施的|起|以来|修订|修正|修改|通过|出台的|为基准|为基数|为基期|水平|同期|的|版|数据)/;
// A bracket that qualifies a cited title (`《…》（2019年）`).
const CITATION_BRACKET = /》[（(][^（）()]*$/;

const FULL_DAY = /[日号]$/;
const DAY_LIMIT_AFTER = /^\s*(前|以前|之前|止|为止|完成|，完成)/;

export interface FoundDeadline {
  iso: string;
  index: number;
}

function keep(masked: string, index: number, end: number): boolean {
  const before = masked.slice(Math.max(0, index - 4), index);
  if (BEFORE_NOT_DEADLINE.test(before)) return false;
  if (AFTER_NOT_DEADLINE.test(masked.slice(end))) return false;
  // Inside a title or quote (masked to □) or a bracket that closes right after the date.
  if (masked.slice(index, end).includes('□')) return false;
  if (CITATION_BRACKET.test(masked.slice(0, index))) return false;
  // `（1999年文本）`, `（2020年版）`: a bracket naming an edition, not a time limit.
  if (/[（(]$/.test(masked.slice(0, index)) && /^[^（）()前底内末]{0,4}[）)]/.test(masked.slice(end))) return false;
  // A full day is the date of an event (`2007年3月21日…公布的`) unless the text sets it as a limit.
  if (FULL_DAY.test(masked.slice(index, end)) && !DAY_LIMIT_AFTER.test(masked.slice(end)) && !/(到|至|截止)$/.test(before)) return false;
  return true;
}

/** Every deadline the text states, in text order. `planYear` dates year-less periods. */
export function findDeadlines(text: string, planYear: number | null): FoundDeadline[] {
  // `今年6月底前`, `明年上半年`: years named relative to the plan's.
  const dated = planYear ? text.replace(/今年|本年度?/g, `${planYear}年`).replace(/明年/g, `${planYear + 1}年`) : text;
  let masked = maskQuoted(dated);
  const out: FoundDeadline[] = [];
  for (const m of masked.matchAll(RANGE)) {
    const index = m.index ?? 0;
    if (keep(masked, index, index + m[0].length) && Number(m[2]) > Number(m[1])) {
      out.push({ iso: periodEnd(Number(m[2]), {}) as string, index });
    }
  }
  // Ranges are read; their years must not be read again one by one.
  masked = masked.replace(RANGE, (s) => '〇'.repeat(s.length));
  for (const m of masked.matchAll(DATED)) {
    const index = m.index ?? 0;
    if (!keep(masked, index, index + m[0].length)) continue;
    const iso = periodEnd(Number(m[1]), { month: m[2], day: m[3], half: m[4], quarter: m[5] });
    if (iso) out.push({ iso, index });
  }
  if (planYear) {
    for (const m of [...masked.matchAll(YEARLESS), ...masked.matchAll(YEARLESS_AT_CLAUSE_START)]) {
      const index = m.index ?? 0;
      if (!keep(masked, index, index + m[0].length)) continue;
      const iso = periodEnd(planYear, { month: m[1], day: m[2], half: m[3], quarter: m[4] });
      if (iso) out.push({ iso, index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The deadline of one obligation's text: the latest date it sets, or null. */
export function deadlineOf(text: string, planYear: number | null): string | null {
  const found = findDeadlines(text, planYear);
  return found.length
    ? (found
        .map((f) => f.iso)
        .sort()
        .pop() ?? null)
    : null;
}

// A duty without an end: recurring, standing or long-term (`每季度`, `定期`, `常态化`, `长期`, `持续`).
const OPEN_ENDED = /每(年|一年|季度|个季度|月|个月|半年|周|旬|日|天)|定期|逐年|常态化|长期|持续|适时|限期/;

/** True when the text states a recurring or standing duty, which has no due date of its own. */
export function isOpenEnded(text: string): boolean {
  return OPEN_ENDED.test(maskQuoted(text));
}
