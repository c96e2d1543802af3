// Recognises the name of a responsible body at the start of a text span.
import { BODY_HEADS, PREDICATE_STARTS } from '../lexicon';

/** Words after a body name that open an adverbial, so the name ends there (`X按照…`, `X依法…`). */
const ADVERBIAL = /^(有计划地|有步骤地|有序地|逐步地|积极地|按照|依照|根据|依据|依法|依托|结合|立足|围绕|通过|对|在|为|与|同|向|从(?!事)|以(?!及)|将|把|于|会同|配合|协同|分别|共同|积极|及时|切实|统一|均|还|也|要|应|须|必须|可|不得|负责|承担)/;
// A phrase opening with a preposition is an adverbial, never a body (`对…的单位和个人`).
const PREPOSITION = /^(对(?!外)|在|为|按照|根据|依照|依据|通过|经(?![营销济纪理办])|报(?![社刊])|向|与|从|以|将|把|当|凡|如|若|因)/;
const CONTINUES = /^(、|和|及其|以及|及|或者)/;
const PREDICATE = new RegExp(`^(${PREDICATE_STARTS.join('|')})`);
const PREDICATE_INSIDE = new RegExp(`(${PREDICATE_STARTS.filter((w) => w.length > 1).join('|')})`);

/** Heads that name a body only on their own (`国家鼓励…`), never as the end of a phrase (`…一带一路”国家`). */
const STANDALONE = new Set(['国家', '国务院', '本市', '本省', '本自治区']);

/** Length of the body head ending at `end` in `text`, or 0. */
function headEndingAt(text: string, end: number, extraHeads: readonly string[]): number {
  for (const head of [...extraHeads, ...BODY_HEADS]) {
    const start = end - head.length;
    if (start < 0 || !text.startsWith(head, start)) continue;
    if (STANDALONE.has(head) && start > 0 && !/[、和及]$/.test(text.slice(0, start))) continue;
    if ((head === '者' && /或$/.test(text.slice(0, start))) || (head === '人' && /[他本]$/.test(text.slice(0, start)))) continue;
    return head.length;
  }
  return 0;
}

/** Skips a bracketed span starting at `i`; returns the index after its closer. */
function skipBracket(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '（' || text[j] === '(') depth++;
    else if (text[j] === '）' || text[j] === ')') {
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
export function scanBody(text: string, extraHeads: readonly string[] = []): number {
  if (PREPOSITION.test(text)) return 0;
  // A name may start like a verb (`制定机关`, `组织部门`, `具备条件的地区`); a verb phrase may not
  // (`组织电商平台、线下零售企业举办…`, `探索将…部门`).
  const verbLike = PREDICATE.test(text) && !text.startsWith('对外');
  // A lone verb that is also a head (`组织对…进行…`) is a predicate, not a body.
  const accept = (end: number): number => (PREDICATE_STARTS.includes(text.slice(0, end)) ? 0 : !verbLike || end <= 4 || /的.{1,6}$/.test(text.slice(0, firstHead)) ? end : 0);
  let firstHead = 0;
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
      if (rest === '' || /^[，。；：]/.test(rest) || PREDICATE.test(rest)) return accept(i);
    }
    if (/[，。；：]/.test(text[i - 1] ?? '')) break;
    // `具体办法由X制定`: text before an agent's 由 is not part of a body name.
    if (!firstHead && text[i - 1] === '由' && !/[自理缘事经]$/.test(text.slice(0, i - 1))) return 0;
    i++;
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
  if (PREPOSITION.test(text) || PREDICATE.test(text)) return 0;
  for (let e = 1; e <= Math.min(text.length, 12); e++) {
    if (/[，。；：]/.test(text[e - 1])) return 0;
    // Only agentive heads (`…企业`, `…者`) that no predicate word precedes can end an unknown-verb party.
    if (!/(企业|者)$/.test(text.slice(0, e)) || PREDICATE_INSIDE.test(text.slice(1, e))) continue;
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
    if (rest === '' || ADVERBIAL.test(rest) || /^等$/.test(rest)) return text.slice(0, end);
  }
  return null;
}

/** True when the prefix before a cue is adverbial only (so the clause names no subject of its own). */
export function isAdverbial(prefix: string): boolean {
  return prefix === '' || ADVERBIAL.test(prefix);
}
