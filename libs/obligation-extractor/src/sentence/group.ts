// Groups the comma clauses of one sentence into obligations: a new one starts where the modality
// or the named actor changes (`应当…，不得…`, `…，由X…`, `鼓励A…，支持B…`); one modal verb
// governing a list of predicates is one.
import { classifyClause, type Clause, type ClauseCue, type Mode } from './classify';

export interface Group {
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

export function groupClauses(clauses: Clause[], mode: Mode, heads: readonly string[]): Group[] {
  const groups: Group[] = [];
  let leadingBody: string | null = null;
  let conditionBody: string | null = null;
  clauses.forEach((clause, k) => {
    const cue = classifyClause(clause, groups.length === 0, k === 0, mode, heads);
    if (!cue) return;
    if (cue.kind === 'np' && cue.weak) {
      conditionBody ??= cue.subject;
      return;
    }
    if (cue.kind === 'np') {
      leadingBody = leadingBody ? `${leadingBody}，${cue.subject}` : cue.subject;
      return;
    }
    // `X，由Y划定`: a body named before an agent clause is its object, not a further actor.
    if (leadingBody && groups.length === 0 && cue.kind !== 'implicit' && cue.kind !== 'agent') {
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
    // `办理X活动，不得…`: in a regulation a bare verb clause before a subjectless modal is its topic.
    if (current && mode === 'article' && current.cue.kind === 'imperative' && current.at === 0 && k === 1 && cue.kind === 'modal' && !cue.subject) {
      current.cue = cue;
      current.at = k;
      return;
    }
    // `建设X，由Y审批`: an imperative clause right before an agent names what the agent does.
    if (current && cue.kind === 'agent' && current.cue.kind === 'imperative' && current.at === k - 1 && !current.cue.subject) {
      current.cue = cue;
      current.at = k;
      return;
    }
    if (!current || startsNew(current.cue, cue, mode)) groups.push({ cue, at: k, start: k, parties: [] });
    else if (cue.kind === 'encourage' && cue.party && current.cue.kind === 'encourage') current.parties.push(cue.party);
  });
  if (groups.length === 0 && mode === 'task' && clauses.length) groups.push({ cue: fallbackCue(), at: 0, start: 0, parties: [] });
  if (groups.length) groups[0].start = 0;
  moveConditions(groups, clauses);
  return groups;
}

/** Moves condition clauses (`对…的，`) in front of the obligation they condition. */
function moveConditions(groups: Group[], clauses: Clause[]): void {
  for (let g = 1; g < groups.length; g++) {
    for (let j = groups[g - 1].at + 1; j < groups[g].at; j++) {
      if (CONDITION_START.test(clauses[j].masked) || /的，$/.test(clauses[j].masked)) {
        groups[g].start = j;
        break;
      }
    }
  }
}

function fallbackCue(): ClauseCue {
  return { kind: 'imperative', modality: 'must', subject: null, party: null, activity: false, after: '', word: '', weak: false };
}
