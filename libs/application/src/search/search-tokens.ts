import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// One dictionary load per process (≈100 ms); every caller shares it.
let jieba: Jieba | undefined;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

const WORD = /[\p{L}\p{N}]/u;
const CJK = /^[\u3400-\u9fff]+$/u;

/** Search-mode jieba tokens of `text`, punctuation dropped, lower-cased. */
export function segment(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0 && WORD.test(t));
}

/**
 * Tokens stored in `obligations.search_tokens` (space-joined; the generated tsvector indexes them).
 * Besides jieba's words, long Chinese words also contribute their two-character pieces, so a
 * two-character query such as 口岸 still finds 口岸经济 when jieba kept the longer word whole.
 */
export function searchTokens(...texts: (string | null | undefined)[]): string {
  return tokensOf(segment, texts);
}

/**
 * searchTokens for many rows of one document: each distinct text is segmented once (a
 * provision's text comes with every obligation it holds).
 */
export function documentSearchTokens(): (...texts: (string | null | undefined)[]) => string {
  const segmented = new Map<string, string[]>();
  const cached = (text: string) => {
    let words = segmented.get(text);
    if (!words) segmented.set(text, (words = segment(text)));
    return words;
  };
  return (...texts) => tokensOf(cached, texts);
}

function tokensOf(words: (text: string) => string[], texts: (string | null | undefined)[]): string {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of words(text)) {
      tokens.add(token);
      if (token.length > 2 && CJK.test(token)) {
        for (let i = 0; i + 2 <= token.length; i++) tokens.add(token.slice(i, i + 2));
      }
    }
  }
  return [...tokens].join(' ');
}

/** The `to_tsquery('simple', …)` text for a user query: every jieba token must match (AND). */
export function toTsQuery(query: string): string | null {
  const tokens = [...new Set(segment(query))].map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  if (!tokens.length) return null;
  return tokens.map((t) => `'${t}'`).join(' & ');
}
