// Scores extraction against a gold file exactly as test/tools/score-extraction.mjs does:
// one-to-one matching inside each article by bigram containment, splits tolerated,
// subjects and partner bodies (`co`) compared softly, `due` dates within one day. Pure: no I/O.

export interface ScoredObligation {
  article?: number | null;
  modality: string;
  subjects?: string[];
  /** Partner bodies (配合单位) of a plan task. */
  co?: string[];
  /** ISO date (YYYY-MM-DD) the obligation is due, or null; gold files without the key do not score it. */
  due?: string | null;
  text: string;
}

export interface GoldDocument {
  document?: string;
  unitCount?: number;
  aliases?: Array<{ alias: string }>;
  obligations: ScoredObligation[];
}

export interface PredictedDocument {
  document?: { unit?: 'article' | 'task' | 'paragraph' };
  unitCount?: number;
  aliases?: Array<{ alias: string }>;
  obligations?: ScoredObligation[];
}

export interface DocumentScore {
  g: number;
  p: number;
  matched: number;
  predOk: number;
  subj: { tp: number; g: number; p: number };
  co: { tp: number; g: number; p: number };
  /** Matched obligations whose due date is scored (gold has the key, one side gives a date) and those right. */
  dueG: number;
  dueOk: number;
  modOk: number;
  bindG: number;
  bindP: number;
  bindTp: number;
  unitsOk: boolean;
  unitPred: number | undefined;
  unitGold: number | undefined;
  aliasHit: number;
  aliasG: number;
  misses: ScoredObligation[];
  wrong: Array<{ g: ScoredObligation; p: ScoredObligation }>;
  falsePos: ScoredObligation[];
}

export const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s*_#>`]/g, '');

function bigrams(s: string): Set<string> {
  const t = norm(s);
  const out = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Share of the smaller text's bigrams found in the larger: 1 when one contains the other. */
const containment = (a: Set<string>, b: Set<string>): number => (a.size && b.size ? overlap(a, b) / Math.min(a.size, b.size) : 0);
const dice = (a: Set<string>, b: Set<string>): number => (a.size + b.size ? (2 * overlap(a, b)) / (a.size + b.size) : 1);

export function sameBody(x: string, y: string): boolean {
  const a = norm(x);
  const b = norm(y);
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)) && Math.abs(a.length - b.length) <= 4) || dice(bigrams(a), bigrams(b)) >= 0.75;
}

function bodyCounts(gold: string[], pred: string[]): { tp: number; g: number; p: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && sameBody(g, p));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, g: gold.length, p: pred.length };
}

export const keyOf = (o: ScoredObligation): string => (o.article === undefined || o.article === null ? 'null' : String(o.article));
const binding = (m: string): boolean => m === 'must' || m === 'must_not';

const DAY = 86_400_000;
const isoDay = (d: string | null | undefined): number => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN);
/** Both null, or both dates at most one day apart (a period's last day vs the next day's start). */
export const sameDay = (a: string | null | undefined, b: string | null | undefined): boolean => ((a ?? null) === null ? (b ?? null) === null : Math.abs(isoDay(a) - isoDay(b)) <= DAY);

export function scoreDocument(gold: GoldDocument, pred: PredictedDocument): DocumentScore {
  const G = gold.obligations.map((o) => ({ ...o, bg: bigrams(o.text) }));
  const P = (pred.obligations ?? []).map((o) => ({ ...o, bg: bigrams(o.text) }));
  // Greedy one-to-one matching inside each article, best pairs first.
  const pairs: Array<{ i: number; j: number; s: number }> = [];
  G.forEach((g, i) =>
    P.forEach((p, j) => {
      if (keyOf(g) !== keyOf(p)) return;
      const c = containment(g.bg, p.bg);
      if (c >= 0.5) pairs.push({ i, j, s: c + dice(g.bg, p.bg) });
    }),
  );
  pairs.sort((a, b) => b.s - a.s);
  const gm = new Map<number, number>();
  const pm = new Map<number, number>();
  for (const { i, j } of pairs) {
    if (!gm.has(i) && !pm.has(j)) {
      gm.set(i, j);
      pm.set(j, i);
    }
  }
  // A prediction that is a fragment of a matched gold obligation (a split) is not a false positive.
  let predOk = 0;
  P.forEach((p, j) => {
    if (pm.has(j)) {
      predOk++;
      return;
    }
    for (const [i] of gm) {
      if (keyOf(G[i]) === keyOf(p) && containment(G[i].bg, p.bg) >= 0.8 && p.bg.size <= G[i].bg.size) {
        predOk++;
        return;
      }
    }
  });
  const subj = { tp: 0, g: 0, p: 0 };
  const co = { tp: 0, g: 0, p: 0 };
  let dueG = 0;
  let dueOk = 0;
  let modOk = 0;
  let bindTp = 0;
  const misses: ScoredObligation[] = [];
  const wrong: Array<{ g: ScoredObligation; p: ScoredObligation }> = [];
  G.forEach((g, i) => {
    const j = gm.get(i);
    if (j === undefined) {
      misses.push(g);
      return;
    }
    const p = P[j];
    const c = bodyCounts(g.subjects ?? [], p.subjects ?? []);
    subj.tp += c.tp;
    subj.g += c.g;
    subj.p += c.p;
    const cc = bodyCounts(g.co ?? [], p.co ?? []);
    co.tp += cc.tp;
    co.g += cc.g;
    co.p += cc.p;
    const dueScored = 'due' in g;
    if (dueScored && ((g.due ?? null) !== null || (p.due ?? null) !== null)) {
      dueG++;
      if (sameDay(g.due, p.due)) dueOk++;
    }
    if (g.modality === p.modality) modOk++;
    if (binding(g.modality) && binding(p.modality)) bindTp++;
    const bodiesWrong = c.tp !== c.g || c.tp !== c.p || cc.tp !== cc.g || cc.tp !== cc.p;
    if (bodiesWrong || g.modality !== p.modality || (dueScored && !sameDay(g.due, p.due))) wrong.push({ g, p });
  });
  const goldAliases = gold.aliases ?? [];
  const predAliases = pred.aliases ?? [];
  const aliasHit = goldAliases.filter((a) => predAliases.some((b) => norm(b.alias) === norm(a.alias))).length;
  return {
    g: G.length,
    p: P.length,
    matched: gm.size,
    predOk,
    subj,
    co,
    dueG,
    dueOk,
    modOk,
    bindG: G.filter((o) => binding(o.modality)).length,
    bindP: P.filter((o) => binding(o.modality)).length,
    bindTp,
    unitsOk: pred.unitCount === gold.unitCount,
    unitPred: pred.unitCount,
    unitGold: gold.unitCount,
    aliasHit,
    aliasG: goldAliases.length,
    misses,
    wrong,
    falsePos: P.filter((_, j) => !pm.has(j)).slice(0, 50),
  };
}
