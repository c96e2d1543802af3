// Turns one sentence into obligations: groups its clauses, then names each group's subjects
// (guide rules 7 and 9: who is bound, what carries to later clauses and sentences).
import type { Modality } from '../types';
import type { AliasTable } from '../aliases';
import { maskQuoted, splitClauses } from '../text/segment';
import type { ClauseCue, Mode } from './classify';
import { groupClauses } from './group';
import { expandSubject } from './subjects';
import { findCo } from './co';

export interface SentenceContext {
  mode: Mode;
  aliases: AliasTable;
  /** Alias names, read as body heads. */
  heads: readonly string[];
}

export interface Found {
  text: string;
  modality: Modality;
  subjects: string[];
  co: string[];
  kind: ClauseCue['kind'];
}

/** The obligation a sentence continues after `；` (`X应当…；提升…；支持…`). */
export interface Chain {
  subjects: string[];
  modality: Modality;
}

// `…应当坚持…原则`, `…应当以…为指导`: a principle for an activity, not a duty of a body.
const PRINCIPLE = /应当(坚持|遵循|贯彻|以[^，]{0,40}为(指导|主线|核心|引领|根本|宗旨))/;

export interface SentenceAnalysis {
  found: Found[];
  /** The actor bound by this sentence, carried to later sentences of the paragraph (guide rule 9). */
  bound: string[] | null;
}

/**
 * Obligations of one sentence; `carried` is the actor bound earlier in the paragraph, `chain`
 * the obligation this sentence continues when the previous one ended with `；`.
 */
export function analyzeSentence(sentence: string, ctx: SentenceContext, carried: string[] | null, chain: Chain | null = null): SentenceAnalysis {
  const clauses = splitClauses(sentence).map((s) => ({ text: s.text, masked: maskQuoted(s.text) }));
  const groups = groupClauses(clauses, ctx.mode, ctx.heads);
  const found: Found[] = [];
  let bound: string[] | null = null;
  groups.forEach((group, i) => {
    const { cue } = group;
    const end = i + 1 < groups.length ? groups[i + 1].start : clauses.length;
    const text = clauses
      .slice(group.start, end)
      .map((c) => c.text)
      .join('');
    const named = cue.subject ? expandSubject(cue.subject, ctx.aliases) : null;
    if (!named && ctx.mode === 'article' && PRINCIPLE.test(text)) return;
    let subjects: string[] = [];
    let modality = cue.modality;
    if (i === 0 && !named && chain?.subjects.length && (cue.kind === 'imperative' || cue.kind === 'encourage')) {
      // One modal verb governs the `；` list: `应当…；支持…` stays `must`, an own `鼓励` stays `encouraged`.
      subjects = chain.subjects;
      bound = chain.subjects;
      if (cue.kind === 'encourage' && !cue.word.startsWith('鼓励') && chain.modality === 'must') modality = 'must';
    } else if (named) {
      subjects = named;
      if (cue.kind !== 'implicit') bound = named;
    } else if (cue.kind === 'encourage') {
      const parties = cue.party ? [cue.party, ...group.parties] : [];
      subjects = bound ?? [...new Set(parties.flatMap((p) => expandSubject(p, ctx.aliases)))];
    } else if (cue.kind === 'modal' || cue.kind === 'duty' || cue.kind === 'agent') {
      if (!cue.activity) subjects = bound ?? (i === 0 && cue.kind === 'modal' && carried ? carried : []);
    }
    found.push({ text, modality, subjects, co: findCo(text, ctx.aliases, ctx.heads), kind: cue.kind });
  });
  return { found, bound };
}
