// Splits Chinese legal prose into sentences and comma clauses without breaking inside
// quotes (“…”), titles (《…》) or brackets, whose punctuation belongs to the quoted text.

const OPENERS = '“‘《（(「『【〔';
const CLOSERS = '”’》）)」』】〕';

export interface Span {
  text: string;
  /** Offset of the span in the string it was cut from. */
  start: number;
}

/** Cuts `text` after every top-level character in `enders` (the ender stays with its span). */
export function splitTopLevel(text: string, enders: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && enders.includes(ch)) {
      spans.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ text: text.slice(start), start });
  return spans.filter((s) => s.text.length > 0);
}

/** Sentences end at `。` `；` `：` `！` `？`. */
export function splitSentences(text: string): Span[] {
  return splitTopLevel(text, '。；：！？');
}

/** Comma clauses of one sentence. */
export function splitClauses(sentence: string): Span[] {
  return splitTopLevel(sentence, '，,');
}

/** Replaces quoted and title text with `□` so cue words inside them are not read as the clause's own. */
export function maskQuoted(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '“' || ch === '《' || ch === '‘') {
      depth++;
      out += ch;
    } else if ((ch === '”' || ch === '》' || ch === '’') && depth > 0) {
      depth--;
      out += ch;
    } else out += depth > 0 ? '□' : ch;
  }
  return out;
}
