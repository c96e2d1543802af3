// Reads a task's responsibility annotation (`（牵头单位：X；配合单位：Y；完成时限：…）`,
// `（X牵头，Y配合）`, `（X、Y按职责分工负责）`, `（X、Y）`) into lead bodies, partners and the
// time limit as written (guide, "Task-division plans", Responsibility).
import type { AliasTable } from '../aliases';
import { readBodyList } from './bodies';

export interface Responsibility {
  /** Bodies that carry the task: the obligation's `subjects`. */
  lead: string[];
  /** Partner bodies: the obligation's `co`. */
  co: string[];
  /** The time limit as written (`2027年底前`, `长期`), or null. */
  dueText: string | null;
}

/**
 * What a list of bodies does in the annotation, strongest first: `牵头`; `责任单位`/`实施部门`/
 * `按职责分工负责`/a bare list; `结合实际落实`/`组织落实`; `配合`/`参与`.
 */
type Role = 'lead' | 'responsible' | 'implement' | 'co';
const RANK: readonly Role[] = ['lead', 'responsible', 'implement', 'co'];

// `牵头单位：`, `配合部门:`, `完成时限：` — a role label and its colon.
const LABEL = /(牵头|主责|主办|责任|实施|配合|参与|协同|协办|协助)(单位|部门|处室|主体)?\s*[：:]|(完成时限|完成时间|时间节点|时限|期限)\s*[：:]/g;
const LABEL_ROLE: Record<string, Role> = {
  牵头: 'lead',
  主责: 'lead',
  主办: 'lead',
  责任: 'responsible',
  实施: 'responsible',
  配合: 'co',
  参与: 'co',
  协同: 'co',
  协办: 'co',
  协助: 'co',
};
// `X牵头`, `Y配合`, `Y按职责分工负责` — bodies followed by their role (longest first).
const ROLE_VERB = /(牵头负责|牵头|配合|参与|协同|协助|等?按职责分工负责|按职责负责|分工负责|负责落实|结合实际落实|组织落实|按职责落实|共同负责|负责)$/;
function verbRole(verb: string): Role {
  if (verb.startsWith('牵头')) return 'lead';
  if (/^(配合|参与|协同|协助)$/.test(verb)) return 'co';
  return /落实$/.test(verb) ? 'implement' : 'responsible';
}
// A clause that states when, not who (`2026年底前完成`, `6月底前`, `长期`, `持续推进`).
const TIME_CLAUSE = /^(\d{4}|[0-9一二三四五六七八九十]{1,3}月|年内|年底|年末|今年|明年|上半年|下半年|第?[一二三四]季度|长期|持续|常态化|逐年|每年|每季度|每月|定期)|前完成$|(年|月|季度)(底|末)?前?$/;

interface Part {
  role: Role | 'time' | 'bare';
  text: string;
}

/** Splits the annotation into labelled parts; unlabelled text is read clause by clause. */
function parts(inner: string): Part[] {
  const out: Part[] = [];
  const labels = [...inner.matchAll(LABEL)];
  const unlabelled = (text: string) => out.push(...clauses(text));
  unlabelled(inner.slice(0, labels[0]?.index ?? inner.length));
  labels.forEach((m, i) => {
    const end = labels[i + 1]?.index ?? inner.length;
    const text = inner.slice((m.index ?? 0) + m[0].length, end).replace(/[；;，,。\s]+$/, '');
    if (m[3]) out.push({ role: 'time', text });
    // `责任单位：X牵头，Y配合`: roles stated inside the label's list win.
    else if (clauses(text).some((p) => p.role !== 'bare')) out.push(...clauses(text).map((p): Part => (p.role === 'bare' ? { ...p, role: LABEL_ROLE[m[1]] } : p)));
    else out.push({ role: LABEL_ROLE[m[1]], text });
  });
  return out;
}

function clauses(text: string): Part[] {
  const out: Part[] = [];
  for (const clause of text
    .split(/[；;，,]/)
    .map((c) => c.trim())
    .filter(Boolean)) {
    const verb = ROLE_VERB.exec(clause);
    if (verb && clause.length > verb[0].length) out.push({ role: verbRole(verb[0].replace(/^等/, '')), text: clause.slice(0, verb.index) });
    else if (TIME_CLAUSE.test(clause)) out.push({ role: 'time', text: clause });
    else {
      const last = out[out.length - 1];
      // `市发展改革委，市财政局`: a comma inside a bare list.
      if (last?.role === 'bare') last.text += `、${clause}`;
      else out.push({ role: 'bare', text: clause });
    }
  }
  return out;
}

/** `责任单位：省发展改革委（牵头）、省财政厅`: a member marked `（牵头）` is written as `X牵头` clause. */
function markedLeads(inner: string): string {
  return inner
    .replace(/([^、，,；;：:（(）)]+)[（(]牵头[）)]/g, '，$1牵头，')
    .replace(/[、，,]+，/g, '，')
    .replace(/([：:；;])，/g, '$1')
    .replace(/^，|，$/g, '');
}

/** Lead bodies, partners and time limit of a raw annotation (brackets optional). */
export function readAnnotation(raw: string, aliases: AliasTable): Responsibility {
  const inner = markedLeads(
    raw
      .trim()
      .replace(/^[（(]/, '')
      .replace(/[）)]$/, ''),
  );
  const all = parts(inner);
  const byRole = (role: Role) => all.filter((p) => (p.role === 'bare' ? 'responsible' : p.role) === role).flatMap((p) => readBodyList(p.text, aliases));
  const groups = RANK.map(byRole);
  // The strongest role named carries the task; every other body assists (`X牵头，Y结合实际落实`,
  // `X、Y按职责分工负责，Z结合实际落实`, `牵头单位：X；责任单位：Y`).
  const top = groups.findIndex((g) => g.length > 0);
  const lead = top >= 0 ? [...new Set(groups[top])] : [];
  const co = groups.flatMap((g, i) => (i === top ? [] : g)).filter((b) => !lead.includes(b));
  const time = all.find((p) => p.role === 'time');
  return { lead, co: [...new Set(co)], dueText: time?.text || null };
}
