// Reads one comma clause: does it open an obligation, with which modality and which named body?
import type { Modality } from '../types';
import { DUTY_VERBS, IMPERATIVE_VERBS } from '../lexicon';
import { bodyBeforeCue, isAdverbial, scanBody } from './bodies';
import { findEncouragement, findModal } from './modality';

/** Where the extractor is reading: a regulation's article, a plan's task, or text outside numbered units. */
export type Mode = 'article' | 'task' | 'preamble' | 'trailing';

export type CueKind = 'modal' | 'encourage' | 'duty' | 'imperative' | 'agent' | 'implicit' | 'np';

export interface ClauseCue {
  kind: CueKind;
  modality: Modality;
  /** Body named before the cue (the actor), as written. */
  subject: string | null;
  /** Party encouraged or supported (`鼓励X…`), as written. */
  party: string | null;
  /** The text before the cue names an activity or thing, not a body (guide rule 8). */
  activity: boolean;
  /** Masked text after the cue word. */
  after: string;
  word: string;
}

export interface Clause {
  text: string;
  masked: string;
}

const CONDITIONAL_END = /的[，。；：]?$/;
const IMPLICIT_AWARD = /(给予|予以)[^，。；]{0,6}(表彰|奖励)/;

function cue(kind: CueKind, modality: Modality, fields: Partial<ClauseCue> = {}): ClauseCue {
  return { kind, modality, subject: null, party: null, activity: false, after: '', word: '', ...fields };
}

/** 支持 orders an action in plans; only 鼓励/倡导 stay `encouraged` there. */
function encouragedModality(word: string, mode: Mode): Modality {
  return (mode === 'task' || mode === 'trailing') && !/^(鼓励|倡导)/.test(word) ? 'must' : 'encouraged';
}

/**
 * Classifies a clause. `opening` is true while no obligation has started in the sentence:
 * only then can a bare body + duty verb or an imperative verb open one.
 */
export function classifyClause(clause: Clause, opening: boolean, mode: Mode, heads: readonly string[]): ClauseCue | null {
  const { text, masked } = clause;
  if (masked.startsWith('由')) {
    const n = scanBody(masked.slice(1), heads);
    if (n) return cue('agent', 'must', { subject: text.slice(1, 1 + n) });
  }
  const modal = findModal(masked);
  const enc = findEncouragement(masked);
  if (enc && (!modal || enc.index < modal.index)) {
    const actor = enc.index === 0 ? null : bodyBeforeCue(text.slice(0, enc.index), heads);
    if (enc.index === 0 || actor) {
      const after = text.slice(enc.index + enc.word.length);
      const n = scanBody(after, heads);
      return cue('encourage', encouragedModality(enc.word, mode), {
        subject: actor,
        party: n ? after.slice(0, n) : null,
        after: masked.slice(enc.index + enc.word.length),
        word: enc.word,
      });
    }
  }
  if (modal) {
    const prefix = text.slice(0, modal.index);
    const subject = bodyBeforeCue(prefix, heads);
    return cue('modal', modal.modality, {
      subject,
      activity: !subject && !isAdverbial(prefix) && !CONDITIONAL_END.test(prefix),
      after: masked.slice(modal.index + modal.word.length),
      word: modal.word,
    });
  }
  if (IMPLICIT_AWARD.test(masked)) return cue('implicit', 'must');
  if (!opening || mode === 'preamble' || CONDITIONAL_END.test(masked)) return null;
  const n = scanBody(masked, heads);
  if (n) {
    const rest = masked.slice(n);
    if (/^[，。；：]?$/.test(rest)) return cue('np', 'must', { subject: text.slice(0, n) });
    if (DUTY_VERBS.test(rest)) return cue('duty', 'must', { subject: text.slice(0, n), after: rest });
  }
  if (IMPERATIVE_VERBS.test(masked) && !/^[^，]*是/.test(masked)) return cue('imperative', 'must');
  return null;
}
