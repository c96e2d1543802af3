// Reads a text span through the tagger: where an agentive head ends at a word boundary, and
// whether the word starting at an offset opens a predicate. These replace closed lists of body
// heads and predicate words: the classes are open (any verb, any noun ending in an agentive head).
import { tag, type Token } from './tagger';
import { isAgentiveWord } from './agentive';
import { opensPredicate } from './pos';

interface Reading {
  tokens: Token[];
  /** Token index + 1 of the token starting / ending at each offset, 0 where none does. */
  starts: Uint16Array;
  ends: Uint16Array;
}

const readings = new Map<string, Reading>();

function read(text: string): Reading {
  let r = readings.get(text);
  if (!r) {
    const tokens = tag(text);
    const starts = new Uint16Array(text.length + 1);
    const ends = new Uint16Array(text.length + 1);
    tokens.forEach((t, k) => {
      if (t.start <= text.length) starts[t.start] = k + 1;
      if (t.end <= text.length) ends[t.end] = k + 1;
    });
    r = { tokens, starts, ends };
    if (readings.size >= 4000) readings.clear();
    readings.set(text, r);
  }
  return r;
}

const startingAt = (r: Reading, at: number): Token | undefined => (r.starts[at] ? r.tokens[r.starts[at] - 1] : undefined);
const endingAt = (r: Reading, at: number): Token | undefined => (r.ends[at] ? r.tokens[r.ends[at] - 1] : undefined);

/** Heads that name a body only on their own (`国家鼓励…`), never as the end of a phrase (`…一带一路”国家`). */
const STANDALONE = /^(国家|国务院|本市|本省|本自治区)$/;
// A one-character head the tagger left on its own after a name (`口岸/办`, `交通/局`).
const SPLIT_HEAD = /^([办局委厅处室]|组织)$/;

// Names ending in a word that is not agentive alone (`联席会议机制`).
const MULTI_WORD_HEAD = /(联席会议机制|协调机制|联席会议|领导小组)$/;

/** An agentive head (or one of the document's aliases) ends at `end` on a word boundary of `text`. */
export function agentiveEndsAt(text: string, end: number, aliases: readonly string[] = []): boolean {
  if (aliases.some((a) => a && end >= a.length && text.startsWith(a, end - a.length))) return true;
  const r = read(text);
  const t = endingAt(r, end);
  if (!t) return false;
  // `人民政府（行政公署）`: a bracket after a head qualifies it.
  if (t.word === '）') {
    const open = text.lastIndexOf('（', t.start);
    return open > 0 && agentiveEndsAt(text, open, aliases);
  }
  if (STANDALONE.test(t.word)) return t.start === 0 || /[、和及]$/.test(text.slice(0, t.start));
  if (MULTI_WORD_HEAD.test(text.slice(0, end))) return true;
  if (isAgentiveWord(t)) return true;
  const before = endingAt(r, t.start);
  // `社会/组织`, `口岸/办`: a head the tagger split off a name, after a noun rather than a verb.
  return SPLIT_HEAD.test(t.word) && !!before && /^(n|j|b|s|x)/.test(before.tag) && !/^[，。；：、]$/.test(before.word);
}

/**
 * The word starting at `start` in `text` opens a predicate (a verb, preposition, adverb or modal).
 * `strict` leaves out verb-nouns (`开发`, `建设`), which also modify a following noun (`开发利用`).
 */
export function predicateAt(text: string, start: number, strict = false): boolean {
  const r = read(text);
  const first = r.starts[start] ? r.starts[start] - 1 : -1;
  const t = first < 0 ? undefined : r.tokens[afterTimeAdverbial(r.tokens, first)];
  return opensPredicate(t) && !(strict && t?.tag === 'vn');
}

// A time adverbial (`每年`, `每季度`, `年内`, `2026年底前`) may stand between a subject and its verb.
const isTimeWord = (t: Token): boolean => t.tag === 't' || /^每/.test(t.word) || (t.tag === 'm' && /^\d+$/.test(t.word)) || /^(前|后|内|底|以前|之前)$/.test(t.word);

/** Index of the first token after a time adverbial starting at `k` (k itself when there is none). */
function afterTimeAdverbial(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length && isTimeWord(tokens[j])) j++;
  // Only a time phrase that a predicate follows is skipped: `年度报告` stays a noun.
  return j > k && j < tokens.length && opensPredicate(tokens[j]) ? j : k;
}

/** Some word inside text[from, to) opens a predicate. */
export function predicateWithin(text: string, from: number, to: number): boolean {
  return read(text).tokens.some((t) => t.start >= from && t.start < to && opensPredicate(t));
}

/** The word of `text` that starts at `start`, if a word starts there. */
export function wordAt(text: string, start: number): Token | undefined {
  return startingAt(read(text), start);
}
