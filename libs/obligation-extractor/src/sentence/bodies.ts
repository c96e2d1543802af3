// Recognises the name of a responsible body at the start of a text span.
import { agentiveEndsAt, predicateAt, predicateWithin, wordAt } from '../grammar/phrase';
import { isVerb } from '../grammar/pos';
import { DEPARTMENT } from '../grammar/agentive';
import { tag } from '../grammar/tagger';
import { findModal } from './modality';

/** Words after a body name that open an adverbial, so the name ends there (`X按照…`, `X依法…`). */
const ADVERBIAL =
  /^(有计划地|有步骤地|有序地|逐步地|积极地|按照|依照|根据|依据|依法|依托|结合|立足|围绕|通过|对|在|为|与|同|向|从(?!事)|以(?!及)|将|把|于|会同|配合|协同|分别|共同|积极|及时|切实|统一|均|还|也|要|应|须|必须|可|不得|负责|承担)/;
// A phrase opening with a preposition is an adverbial, never a body (`对…的单位和个人`).
const PREPOSITION = /^(对(?!外)|在|为|按照|根据|依照|依据|通过|经(?![营销济纪理办])|报(?![社刊])|向|与|从|以|将|把|当|凡|如|若|因)/;
const CONTINUES = /^(、|和|及其|以及|及|或者)/;

/** An agentive head (tagger word class, or an alias) ends at `end` in `text`. */
function headEndingAt(text: string, end: number, extraHeads: readonly string[]): boolean {
  return agentiveEndsAt(text, end, extraHeads);
}

/** The text from `at` opens a predicate: punctuation aside, a verb, preposition, adverb or modal (tagger). */
function predicateFrom(text: string, at: number): boolean {
  return predicateAt(text, at);
}

/** Skips a bracketed span starting at `i`; returns the index after its closer. */
function skipBracket(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '（') depth++;
    else if (text[j] === '）') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/**
 * Length of the body name (or list of names) that opens `text`, 0 when it does not open with one.
 * The name must end at a head noun followed by a predicate word or punctuation; a name that runs
 * on into unknown words (`自贸试验区内纺织服装…产业`) is not a body.
 */
export function scanBody(text: string, extraHeads: readonly string[] = [], readOnAfterVerbNoun = true): number {
  if (PREPOSITION.test(text)) return 0;
  // A name may start like a verb (`制定机关`, `组织部门`, `具备条件的地区`); a verb phrase may not
  // (`组织电商平台、线下零售企业举办…`, `探索将…部门`).
  const first = wordAt(text, 0);
  const verbLike = !!first && first.tag !== 'vn' && predicateFrom(text, 0) && !text.startsWith('对外');
  // A lone verb (`组织对…进行…`) is a predicate, not a body.
  const lone = (end: number): boolean => {
    const w = wordAt(text, 0);
    return !!w && w.end === end && isVerb(w);
  };
  // A body never contains a modal verb (`火化遗体必须凭公安机关…`).
  const accept = (end: number): number =>
    lone(end) || findModal(text.slice(0, end)) || prepositionInside(end) || verbNounPhrase(end)
      ? 0
      : !verbLike || /的.{1,6}$/.test(text.slice(0, firstHead)) || activityCompound(text, firstHead) || nameLike(end)
        ? end
        : 0;
  // `国务院关于在…的决定`: a preposition inside a name only within a 的-modifier.
  const prepositionInside = (end: number): boolean => {
    const p = tag(text).find((t) => t.start > 0 && t.end <= end && t.tag === 'p');
    return !!p && !text.slice(p.end, end).includes('的');
  };
  // `优化自贸试验区…`, `建设产业合作园区`: a verb-noun and its object, unless the head is a department (`体育行政部门`).
  const verbNounPhrase = (end: number): boolean =>
    !!first && first.tag === 'vn' && isVerb(first) && !DEPARTMENT.test(text.slice(0, end)) && !/的/.test(text.slice(0, end)) && !activityCompound(text, end);
  // `制定机关`, `组织部门`: one verb and a generic head.
  const nameLike = (end: number): boolean => end <= 4 && !!first && VERB_MODIFIED_HEAD.test(text.slice(first.end, end));
  let firstHead = 0;
  let soft = 0;
  let i = 1;
  while (i <= text.length && i <= 120) {
    if (headEndingAt(text, i, extraHeads)) {
      firstHead ||= i;
      if (text.startsWith('（', i)) i = skipBracket(text, i);
      const rest = text.slice(i);
      const more = CONTINUES.exec(rest);
      if (more) {
        i += more[0].length + 1;
        continue;
      }
      // `志愿者组织等`: a head that a following head noun extends is not the end of the name.
      if (/^(组织|机构|单位)(?=等|、|和|及|或者)/.test(rest)) {
        i++;
        continue;
      }
      const etc = /^等((?:[\u4e00-\u9fa5]{0,8}?)(?:部门和单位|部门|单位|机构|组织|机关|团体|企业|人员|主体))?/.exec(rest);
      if (etc && !rest.startsWith('等级')) {
        const after = i + etc[0].length;
        const joined = CONTINUES.exec(text.slice(after));
        if (!joined || !etc[1]) return accept(after);
        i = after + joined[0].length + 1;
        continue;
      }
      if (rest === '' || /^[，。；：]/.test(rest)) return accept(i);
      const next = wordAt(text, i);
      if (next && predicateFrom(text, i) && !extendsName(text, i)) {
        // A verb-noun after a head may still modify a later head (`发展改革主管部门`): remember, read on.
        if (next.tag === 'vn' && readOnAfterVerbNoun) soft ||= accept(i);
        // A copula (`X是…的主管部门`) describes the body; it does not open a relative clause.
        else return (next.word === '是' ? 0 : relativeClauseBody(text, i, extraHeads)) || accept(i);
      }
    }
    if (/[，。；：]/.test(text[i - 1] ?? '')) break;
    // Past a verb-noun only a plain compound continues the name (`管委会服务中心`), not a 的-phrase or a list.
    if (soft && /[的、和及]/.test(text[i - 1])) return soft;
    // `具体办法由X制定`: text before an agent's 由 is not part of a body name.
    if (!firstHead && text[i - 1] === '由' && !/[自理缘事经]$/.test(text.slice(0, i - 1))) return 0;
    i++;
  }
  return soft;
}

// Generic heads a verb modifies inside a name (`支付机构`, `执法部门`, `服务人员`).
const VERB_MODIFIED_HEAD = /^(部门|机构|单位|机关|人员|中心|委员会|办公室|小组|站|主管部门|管理部门)$/;

/** The verb at `at` and the generic head right after it form one name (`非银行支付机构`, `行政执法部门`). */
function extendsName(text: string, at: number): boolean {
  const verb = wordAt(text, at);
  if (!verb || !/^v/.test(verb.tag)) return false;
  // `志愿者组织等`: a head the tagger read as a verb, closing the name before a list word or a predicate.
  const after = wordAt(text, verb.end);
  if (agentiveEndsAt(text, verb.end) && (!after || /^(等|、|和|及|或者|，|。|；)$/.test(after.word) || predicateFrom(text, verb.end))) return true;
  let next = wordAt(text, verb.end);
  if (next && /^v/.test(next.tag) && !VERB_MODIFIED_HEAD.test(next.word)) next = wordAt(text, next.end);
  return !!next && VERB_MODIFIED_HEAD.test(next.word);
}

/** `认证检测检验机构`: activity words before a generic head name a kind of body, not a verb and its object. */
function activityCompound(text: string, headEnd: number): boolean {
  for (let at = 0; at < headEnd; ) {
    const w = wordAt(text, at);
    if (!w) return false;
    if (w.end === headEnd) return at > 0 && VERB_MODIFIED_HEAD.test(w.word);
    if (!/^v/.test(w.tag)) return false;
    at = w.end;
  }
  return false;
}

// Modal verbs, which a relative clause (`X确定的部门`) never contains.
const MODAL_WORD = /应当|不得|可以|必须|禁止|严禁|[应须可]/;

/**
 * `X人民政府确定的负责口岸管理的部门负责…`: a body and verb inside a 的-modifier belong to the
 * body that the modifier describes; the length of that whole body, or 0 when there is none.
 */
function relativeClauseBody(text: string, at: number, extraHeads: readonly string[]): number {
  const stop = text.slice(at).search(/[，。；：]/);
  const span = stop < 0 ? text.slice(at) : text.slice(at, at + stop);
  for (let de = span.indexOf('的'); de >= 0; de = span.indexOf('的', de + 1)) {
    if (MODAL_WORD.test(span.slice(0, de))) return 0;
    const after = at + de + 1;
    const n = scanBody(text.slice(after), extraHeads);
    if (n && after + n <= at + span.length) return after + n;
  }
  return 0;
}

/**
 * Length of a body name that a short verb phrase ends the clause after (`…人民政府划定，`),
 * for the agent of `由X…`, whose verb need not be a listed predicate word; 0 when there is none.
 */
export function bodyBeforeShortVerb(text: string, extraHeads: readonly string[] = []): number {
  if (PREPOSITION.test(text)) return 0;
  const end = text.search(/[，。；：]/);
  const clause = end < 0 ? text : text.slice(0, end);
  for (let e = clause.length - 1; e >= 2 && clause.length - e <= 6; e--) {
    if (headEndingAt(clause, e, extraHeads) && !/^[、和及与（]/.test(clause.slice(e))) return e;
  }
  return 0;
}

/**
 * The party of `鼓励/支持/倡导 X …` when X is not followed by a known predicate word
 * (`鼓励企业争创…`, `倡导吸烟者停止…`): the text up to the first body head that no
 * list, class noun or longer head continues, within the clause.
 */
export function partyAfterCue(text: string, extraHeads: readonly string[] = []): number {
  if (PREPOSITION.test(text) || predicateFrom(text, 0)) return 0;
  for (let e = 1; e <= Math.min(text.length, 12); e++) {
    if (/[，。；：]/.test(text[e - 1])) return 0;
    // Only agentive heads (`…企业`, `…者`) that no predicate word precedes can end an unknown-verb party.
    if (!/(企业|者)$/.test(text.slice(0, e)) || predicateWithin(text, 1, e)) continue;
    if (!headEndingAt(text, e, extraHeads)) continue;
    const rest = text.slice(e);
    if (/^[、（(]|^(和|及|以及|或者|与|等)/.test(rest) || headEndingAt(text, e + 1, extraHeads) || headEndingAt(text, e + 2, extraHeads)) continue;
    return e;
  }
  return 0;
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
    // `银行与登记机构应当…`: 与 joins a second body here, it does not open an adverbial.
    if (/^与/.test(rest) && bodyBeforeCue(rest.slice(1), extraHeads) === rest.slice(1)) continue;
    if (rest === '' || ADVERBIAL.test(rest) || (predicateAt(text, end, true) && !extendsName(text, end)) || /^等$/.test(rest)) return text.slice(0, end);
  }
  return null;
}

/** True when the prefix before a cue is adverbial only (so the clause names no subject of its own). */
export function isAdverbial(prefix: string): boolean {
  return prefix === '' || ADVERBIAL.test(prefix);
}
