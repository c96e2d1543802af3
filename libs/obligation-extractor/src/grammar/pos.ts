// Open word classes read from the tagger: verbs, prepositions, adverbs, nominals.
import { tag, type Token } from './tagger';

/** Verbs of any kind (v, vd, vi, vg, vf, vx) and verb-nouns (vn). */
export const isVerb = (t: Token): boolean => /^v/.test(t.tag) && !(t.tag === 'vn' && /^(有关|相关)$/.test(t.word));
export const isPreposition = (t: Token): boolean => t.tag === 'p';
/** Adverbs, and adjectives used adverbially or as predicates (`积极`, `切实`, `健全`, `落实`). */
export const isAdverb = (t: Token): boolean => t.tag === 'd' || t.tag === 'ad' || t.tag === 'a';
export const isPunctuation = (t: Token): boolean => /^[，。；：、！？,;:]$/.test(t.word);
/** Conjunctions that join two nominals (`和`, `及`, `或者`, `、`); other conjunctions (`并`, `而`) join predicates. */
export const isNominalJoin = (t: Token): boolean => /^(、|和|及|及其|以及|或者|或|与)$/.test(t.word);

/** A word that opens a predicate: a verb, a preposition or adverb opening an adverbial, a modal. */
export function opensPredicate(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.word === '是') return true;
  // `X关于Y的决定`: 关于 makes an attribute of a noun, it does not open the predicate.
  if (t.word === '关于') return false;
  return isVerb(t) || isPreposition(t) || isAdverb(t) || (t.tag === 'c' && !isNominalJoin(t));
}

/** True when a text opens with a verb, a preposition or an adverb, i.e. states an action rather than a thing. */
export function startsWithPredicate(text: string): boolean {
  return opensPredicate(tag(text)[0]);
}

/** True when a text opens with a verb proper (not a preposition or an adverb). */
export function startsWithVerbProper(text: string): boolean {
  const first = tag(text)[0];
  return !!first && (isVerb(first) || first.tag === 'a');
}
