// Reads one comma clause: does it open an obligation, with which modality and which named body?
import type { Modality } from '../types';
import { startsWithPredicate, startsWithVerbProper } from '../grammar/pos';
import { wordAt } from '../grammar/phrase';
import { bodyBeforeCue, bodyBeforeShortVerb, isAdverbial, partyAfterCue, scanBody } from './bodies';
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
  /** A body followed only by an adverbial (`X根据…，`, `X对…`): a later modal verb in the sentence decides. */
  weak: boolean;
}

export interface Clause {
  text: string;
  masked: string;
}

const CONDITIONAL_END = /的[，。；：]?$/;
// Adverbials that open a predicate without stating the duty itself.
const ADVERBIAL_ONLY = /^(对|按照|根据|依据|依照|结合|立足|围绕|在|为|依法|通过|依托|与|向|同)/;
// A right (`X享有…`, `X有权…`) is not a duty, whatever verb states it.
const RIGHT = /^(享有|有权|有…的权利)/;
const IMPLICIT_AWARD = /(给予|予以)[^，。；]{0,6}(表彰|奖励)/;

function cue(kind: CueKind, modality: Modality, fields: Partial<ClauseCue> = {}): ClauseCue {
  return { kind, modality, subject: null, party: null, activity: false, after: '', word: '', weak: false, ...fields };
}

/**
 * Offset of a 由 that marks an agent: a word of its own (not inside 交由, 理由, 自由, 由于), and
 * not after a negation (`不得由个人承包` forbids; it names no actor).
 */
function agentMarker(masked: string): number {
  for (let at = masked.indexOf('由'); at >= 0; at = masked.indexOf('由', at + 1)) {
    if (/[自理缘事经]$/.test(masked.slice(0, at)) || masked.startsWith('由于', at)) continue;
    if (wordAt(masked, at)?.word !== '由') continue;
    if (/(不得|不能|不应|禁止|严禁|不)$/.test(masked.slice(0, at))) return -1;
    return at;
  }
  return -1;
}

/** `由X负责…`, `…标准由X核定`: the body after 由 is the actor (not `由…组成`, a composition). */
function agentOf(clause: Clause, heads: readonly string[]): string | null {
  const at = agentMarker(clause.masked);
  if (at < 0 || /(组成|构成)[，。；：]?$/.test(clause.masked)) return null;
  const before = clause.masked.slice(0, at);
  // `X建立由…参加的机制`: the 由 phrase describes something the clause's own subject does.
  if (at > 0 && (/的$/.test(before) || scanBody(clause.masked, heads) > 0)) return null;
  const n = scanBody(clause.masked.slice(at + 1), heads) || bodyBeforeShortVerb(clause.masked.slice(at + 1), heads);
  if (!n || /^[^，。；]{0,6}的/.test(clause.masked.slice(at + 1 + n))) return null;
  return clause.text.slice(at + 1, at + 1 + n);
}

/** 支持 orders an action in plans; only 鼓励/倡导 stay `encouraged` there. */
function encouragedModality(word: string, mode: Mode): Modality {
  return (mode === 'task' || mode === 'trailing') && !/^(鼓励|倡导)/.test(word) ? 'must' : 'encouraged';
}

/**
 * A clause that orders an action without naming an actor: it opens with a verb, or with an
 * adverbial (`在…`, `按照…`, `依法…`) and then a verb within the clause.
 */
export function opensImperative(masked: string): boolean {
  const first = wordAt(masked, 0);
  // `报省交通运输主管部门备案`: a one-character verb of submission to a body is a step of a procedure
  // whose actor an earlier clause names, not an order of its own.
  if (first && first.word.length === 1 && scanBody(masked.slice(1)) > 0) return false;
  if (startsWithVerbProper(masked)) return true;
  if (!first || !/^(d|ad|p)$/.test(first.tag)) return false;
  // `依法推进…`, `按照规定实施…`: a short adverbial, then the verb.
  if (first.tag === 'd' || first.tag === 'ad') return startsWithVerbProper(masked.slice(first.end));
  return false;
}

/**
 * Classifies a clause. `opening` is true while no obligation has started in the sentence:
 * only then can a bare body + duty verb open one; an imperative verb only in the `first` clause.
 */
export function classifyClause(clause: Clause, opening: boolean, first: boolean, mode: Mode, heads: readonly string[]): ClauseCue | null {
  const { text, masked } = clause;
  // A condition (`…的，`) states when the duty applies; its own cue words are not the duty,
  // but a body opening it (`任何单位和个人发现…的，应当…`) is the subject of a following bare modal verb.
  if (CONDITIONAL_END.test(masked)) {
    const n = opening && mode !== 'preamble' ? scanBody(masked, heads) : 0;
    return n && !/^的/.test(masked.slice(n)) ? cue('np', 'must', { subject: text.slice(0, n), weak: true }) : null;
  }
  const agent = agentOf(clause, heads);
  if (agent) return cue('agent', 'must', { subject: agent });
  const modal = findModal(masked);
  const enc = findEncouragement(masked);
  if (enc && (!modal || enc.index < modal.index)) {
    const actor = enc.index === 0 ? null : bodyBeforeCue(text.slice(0, enc.index), heads);
    if (enc.index === 0 || actor) {
      const after = text.slice(enc.index + enc.word.length);
      const n = scanBody(after, heads, false) || (mode === 'article' ? partyAfterCue(after, heads) : 0);
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
  const n = opening && mode !== 'preamble' ? scanBody(masked, heads) : 0;
  if (n) {
    const rest = masked.slice(n);
    // `X是…的主管部门，应当…`: a body described by a copula is the subject of the modal verb after it.
    if (/^[，。；：]?$/.test(rest) || /^是[^，。；]*[，]$/.test(rest)) return cue('np', 'must', { subject: text.slice(0, n) });
    // `任何单位未经批准，不得…`: the body is the subject of the modal verb after its condition.
    if (/^未经[^，。；]*，$/.test(rest)) return cue('np', 'must', { subject: text.slice(0, n), weak: true });
    // Any verb after an actor states a declarative duty (`自治区建立…`, `X部门负责…`); a preposition opens an adverbial first.
    // `X开展业务时，应当…`, `X取得许可后，可以…`: a time clause of the body; the later modal binds it.
    if (/(时|后|前|期间|之后|以后|之前)[，,]$/.test(rest)) return cue('np', 'must', { subject: text.slice(0, n), weak: true });
    // `X建设，`: a verb-noun alone after the body names an activity of it, not a duty.
    const only = wordAt(rest, 0);
    const nominalised = only?.tag === 'vn' && /^[，。；]?$/.test(rest.slice(only.end));
    if (startsWithPredicate(rest) && !RIGHT.test(rest) && !nominalised) {
      // 会同/配合 name partners (`X会同Y建立…`), not an adverbial that waits for a later modal.
      const adverbial = (ADVERBIAL_ONLY.test(rest) || only?.tag === 'p') && !/^(会同|协同|配合)/.test(rest);
      return cue('duty', 'must', { subject: text.slice(0, n), after: rest, weak: adverbial });
    }
  }
  if (IMPLICIT_AWARD.test(masked)) return cue('implicit', 'must');
  if (!opening || !first || mode === 'preamble') return null;
  if (opensImperative(masked) && !/^[^，]*是/.test(masked)) return cue('imperative', 'must');
  return null;
}
