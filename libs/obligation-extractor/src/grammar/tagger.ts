// Part-of-speech tagging of Chinese legal prose with jieba (ICTCLAS tags), its dictionary
// corrected by the government vocabulary of gov-dict.ts. One tagger per process, built lazily;
// tagged texts are cached because the extractor reads the same clause several times.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { GOV_WORDS, govDictLines } from './gov-dict';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | null = null;

// A four-character dictionary entry made of a verb or adverb and what follows it (`采取措施`,
// `推广先进`, `积极开展`), or of an agentive noun and a verb (`企业应用`), hides a word boundary
// the grammar needs; such entries are dropped so the tagger cuts them in two.
const LEFT_PREDICATE = /^(v|vd|ad|d)$/;
const AGENTIVE_END = /(企业|部门|政府|机构|机关|单位|中心|协会|公司|人员|者)$/;

function hidesBoundary(word: string, tag: string, tags: Map<string, string>): boolean {
  if (word.length !== 4 || !/^(i|l|nr|nz|n|v|vn)$/.test(tag)) return false;
  const left = tags.get(word.slice(0, 2));
  const right = tags.get(word.slice(2));
  if (!left || !right) return false;
  return LEFT_PREDICATE.test(left) || (AGENTIVE_END.test(word.slice(0, 2)) && /^v/.test(right));
}

// Part of speech of every dictionary word: jieba's own tag() reads the same table, but cutting
// and looking the tags up here is twice as fast (no object per word crosses from native code).
const tags = new Map<string, string>();

function tagger(): Jieba {
  if (jieba) return jieba;
  const ours = new Set(GOV_WORDS.map(([word]) => word));
  const lines = Buffer.from(dict).toString('utf8').split('\n');
  for (const line of lines) {
    const space = line.indexOf(' ');
    if (space > 0) tags.set(line.slice(0, space), line.slice(line.lastIndexOf(' ') + 1));
  }
  for (const [word, tag, freq] of GOV_WORDS) {
    if (freq > 0) tags.set(word, tag);
    else tags.delete(word);
  }
  const kept: string[] = [];
  for (const line of lines) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    // jieba keeps its own entry for a word loaded twice, so our words replace the base entries.
    if (ours.has(word)) continue;
    if (space === 4 && hidesBoundary(word, line.slice(line.lastIndexOf(' ') + 1), tags)) {
      tags.delete(word);
      continue;
    }
    kept.push(line);
  }
  jieba = Jieba.withDict(Buffer.from(`${kept.join('\n')}\n${govDictLines()}\n`));
  return jieba;
}

/**
 * A word the HMM guessed (not in the dictionary) made of a one-character verb or preposition and
 * an administrative level (`报州` in `报州市场监管部门备案`, `经省`) is that verb and the level.
 */
function splitUnknown(word: string): string[] {
  if (word.length < 2 || tags.has(word) || !/^(v|p)$/.test(tags.get(word[0]) ?? '') || !/^[省市县州区旗盟乡镇]/.test(word.slice(1))) return [word];
  return [word[0], word.slice(1)];
}

/** The tag of a word cut by jieba: its dictionary tag, else `m` for numbers, `eng` for Latin, `x`. */
function tagOf(word: string): string {
  return tags.get(word) ?? (/^[\d０-９.．]+$/.test(word) ? 'm' : /^[A-Za-z]+$/.test(word) ? 'eng' : 'x');
}

const CACHE_LIMIT = 4000;
const cache = new Map<string, Token[]>();

// Recently tagged longer texts: a span cut from one on its word boundaries takes its tokens from it.
interface Parent {
  text: string;
  tokens: Token[];
  /** Token index + 1 of the token starting at each offset. */
  starts: Int32Array;
}
const parents: Parent[] = [];

function remember(text: string, tokens: Token[]): void {
  const starts = new Int32Array(text.length + 1);
  tokens.forEach((t, k) => (starts[t.start] = k + 1));
  parents.unshift({ text, tokens, starts });
  if (parents.length > 4) parents.pop();
}

function fromParent(text: string): Token[] | null {
  for (const { text: whole, tokens, starts } of parents) {
    const at = whole.indexOf(text);
    if (at < 0 || !starts[at]) continue;
    const end = at + text.length;
    const out: Token[] = [];
    let k = starts[at] - 1;
    for (; k < tokens.length && tokens[k].end <= end; k++) {
      const t = tokens[k];
      out.push({ word: t.word, tag: t.tag, start: t.start - at, end: t.end - at });
    }
    if (out.length && out[out.length - 1].end === text.length) return out;
  }
  return null;
}

/** The tokens of `text` with their tags and offsets. */
export function tag(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  let tokens = fromParent(text);
  if (!tokens) {
    let at = 0;
    tokens = tagger()
      .cut(text, true)
      .flatMap(splitUnknown)
      .map((word) => {
        const token = { word, tag: tagOf(word), start: at, end: at + word.length };
        at += word.length;
        return token;
      });
    if (text.length >= 12) remember(text, tokens);
  }
  // Paragraphs are read once (their spans come from `parents`); only short spans recur.
  if (text.length > 300) return tokens;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tokens);
  return tokens;
}
