// Cuts one sentence into obligations: a new one starts where the modality or the named actor
// changes (`应当…，不得…`, `…，由X…`, `鼓励A…，支持B…`); one modal verb governing a list is one.
import type { Modality } from '../types';
import type { AliasTable } from '../aliases';
import { maskQuoted, splitClauses } from '../text/segment';
import { classifyClause, type Clause, type ClauseCue, type Mode } from './classify';
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

export interface SentenceAnalysis {
  found: Found[];
  /** The actor bound by this sentence, carried to later sentences of the paragraph (guide rule 9). */
  bound: string[] | null;
}

interface Group {
  cue: ClauseCue;
  /** Further parties of a plan's `支持A…，支持B…`. */
  parties: string[];
  /** Clause holding the cue. */
  at: number;
  /** First clause of the obligation's text. */
  start: number;
}

// A clause opening a condition (`对…的`, `凡…`) belongs to the obligation that follows it.
const CONDITION_START = /^(对|凡|如|若|因|除|经)/;
// `…应当坚持…原则`, `…应当以…为指导`: a principle for an activity, not a duty of a body.
const PRINCIPLE = /应当(坚持|遵循|贯彻|以[^，]{0,40}为(指导|主线|核心|引领|根本|宗旨))/;

function startsNew(current: ClauseCue, next: ClauseCue, mode: Mode): boolean {
  switch (next.kind) {
    case 'agent':
    case 'implicit':
      return true;
    case 'modal':
      return next.modality !== current.modality || (!!next.subject && next.subject !== current.subject);
    case 'encourage':
      if (current.kind === 'modal' || current.kind === 'agent') return false;
      // A plan's `支持A…，支持B…` is one measure; a regulation's `支持A…，鼓励B…` gives two.
      if (current.kind === 'encourage') return mode !== 'task' && !!next.party && !!current.party && next.party !== current.party;
      if (current.kind === 'imperative') return mode === 'article' && next.word.startsWith('鼓励');
      return current.kind === 'duty' && next.word.startsWith('鼓励');
    default:
      return false;
  }
}

function groupClauses(clauses: Clause[], ctx: SentenceContext): Group[] {
  const groups: Group[] = [];
  let leadingBody: string | null = null;
  let conditionBody: string | null = null;
  clauses.forEach((clause, k) => {
    const cue = classifyClause(clause, groups.length === 0, ctx.mode, ctx.heads);
    if (!cue) return;
    if (cue.kind === 'np' && cue.weak) {
      conditionBody ??= cue.subject;
      return;
    }
    if (cue.kind === 'np') {
      leadingBody = leadingBody ? `${leadingBody}，${cue.subject}` : cue.subject;
      return;
    }
    if (leadingBody && groups.length === 0 && cue.kind !== 'implicit') {
      cue.subject = cue.subject ? `${leadingBody}，${cue.subject}` : leadingBody;
      cue.activity = false;
    }
    if (conditionBody && groups.length === 0 && cue.kind === 'modal' && !cue.subject && !cue.activity) cue.subject = conditionBody;
    const current = groups[groups.length - 1];
    if (current && current.cue.weak && !cue.subject && cue.kind !== 'agent') {
      // `X对…的人才，可以…`: the body before the adverbial is the subject of the later modal verb.
      if (cue.kind !== 'implicit') current.cue = { ...cue, subject: current.cue.subject };
      current.cue.weak = false;
      current.at = k;
      return;
    }
    if (!current || startsNew(current.cue, cue, ctx.mode)) groups.push({ cue, at: k, start: k, parties: [] });
    else if (cue.kind === 'encourage' && cue.party && current.cue.kind === 'encourage') current.parties.push(cue.party);
  });
  if (groups.length === 0 && ctx.mode === 'task' && clauses.length) groups.push({ cue: fallbackCue(), at: 0, start: 0, parties: [] });
  if (groups.length) groups[0].start = 0;
  // Move condition clauses in front of the obligation they condition.
  for (let g = 1; g < groups.length; g++) {
    const from = groups[g - 1].at + 1;
    for (let j = from; j < groups[g].at; j++) {
      if (CONDITION_START.test(clauses[j].masked) || /的，$/.test(clauses[j].masked)) {
        groups[g].start = j;
        break;
      }
    }
  }
  return groups;
}

function fallbackCue(): ClauseCue {
  return { kind: 'imperative', modality: 'must', subject: null, party: null, activity: false, after: '', word: '', weak: false };
}

/**
 * Obligations of one sentence; `carried` is the actor bound earlier in the paragraph, `chain`
 * the obligation this sentence continues when the previous one ended with `；`.
 */
export function analyzeSentence(
  sentence: string,
  ctx: SentenceContext,
  carried: string[] | null,
  chain: Chain | null = null,
): SentenceAnalysis {
  const clauses = splitClauses(sentence).map((s) => ({ text: s.text, masked: maskQuoted(s.text) }));
  const groups = groupClauses(clauses, ctx);
  const found: Found[] = [];
  let bound: string[] | null = null;
  groups.forEach((group, i) => {
    const { cue } = group;
    const end = i + 1 < groups.length ? groups[i + 1].start : clauses.length;
    const text = clauses.slice(group.start, end).map((c) => c.text).join('');
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
