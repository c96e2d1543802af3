// Recognises the name of a responsible body at the start of a text span.
import { BODY_HEADS, PREDICATE_STARTS } from '../lexicon';

/** Words after a body name that open an adverbial, so the name ends there (`X按照…`, `X依法…`). */
const ADVERBIAL = /^(按照|依照|根据|依据|依法|依托|结合|立足|围绕|通过|对|在|为|与|同|向|从|以|将|把|于|会同|配合|协同|分别|共同|积极|及时|切实|统一|均|还|也|要|应|须|必须|可|不得|负责|承担)/;
const CONTINUES = /^(、|和|及其|以及|及|或者)/;
const PREDICATE = new RegExp(`^(${PREDICATE_STARTS.join('|')})`);

/** Length of the body head ending at `end` in `text`, or 0. */
function headEndingAt(text: string, end: number, extraHeads: readonly string[]): number {
  for (const head of [...extraHeads, ...BODY_HEADS]) {
    if (end >= head.length && text.startsWith(head, end - head.length)) return head.length;
  }
  return 0;
}

/** Skips a bracketed span starting at `i`; returns the index after its closer. */
function skipBracket(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '（' || text[j] === '(') depth++;
    else if (text[j] === '）' || text[j] === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/**
 * Length of the body name (or list of names) that opens `text`, 0 when it does not open with one.
 * The name ends at a head noun followed by a predicate word or punctuation.
 */
export function scanBody(text: string, extraHeads: readonly string[] = []): number {
  let best = 0;
  let i = 1;
  while (i <= text.length && i <= 120) {
    if (headEndingAt(text, i, extraHeads)) {
      best = i;
      const rest = text.slice(i);
      if (rest.startsWith('（')) {
        i = skipBracket(text, i);
        best = i;
        continue;
      }
      const more = CONTINUES.exec(rest);
      if (more) {
        i += more[0].length + 1;
        continue;
      }
      const etc = /^等((?:[\u4e00-\u9fa5]{0,8}?)(?:部门和单位|部门|单位|机构|组织|机关))?/.exec(rest);
      if (etc && !rest.startsWith('等级')) return i + etc[0].length;
      if (rest === '' || /^[，。；：]/.test(rest) || PREDICATE.test(rest)) return best;
    }
    if (/[，。；：]/.test(text[i - 1] ?? '')) break;
    i++;
  }
  return best;
}

/**
 * The body named by the text before a cue word (`X按照各自职责` → X), or null when that
 * text is adverbial (`对…`, `根据需要`) or names an activity rather than a body.
 */
export function bodyBeforeCue(prefix: string, extraHeads: readonly string[] = []): string | null {
  const text = prefix.replace(/^由/, '');
  if (!text || ADVERBIAL.test(text)) return null;
  for (let e = 1; e <= text.length; e++) {
    if (!headEndingAt(text, e, extraHeads)) continue;
    let end = e;
    if (text.startsWith('（以下', end)) end = skipBracket(text, end);
    const rest = text.slice(end);
    if (rest === '' || ADVERBIAL.test(rest) || /^等$/.test(rest)) return text.slice(0, end);
  }
  return null;
}

/** True when the prefix before a cue is adverbial only (so the clause names no subject of its own). */
export function isAdverbial(prefix: string): boolean {
  return prefix === '' || ADVERBIAL.test(prefix);
}
