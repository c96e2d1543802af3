import { unitBody } from './normalize';
import { bigrams, dice } from './similarity';
import type { AlignmentMethod, ProvisionInput, ProvisionPair } from './types';

/** A neighbour's number shift aligns a changed unit when it is still this similar. */
export const SHIFT_MIN_SIMILARITY = 0.4;
/** A duty found verbatim in another unit aligns the two units when they are this similar. */
export const DUTY_MIN_SIMILARITY = 0.25;
/** Left-over units pair by similarity alone from this score up. */
export const PAIR_MIN_SIMILARITY = 0.5;

interface Prepared {
  body: string;
  grams: Set<string>;
  label: string;
}

const labelOf = (p: ProvisionInput) => `${p.article}-${p.suffix ?? 0}`;
const prepare = (p: ProvisionInput): Prepared => {
  const body = unitBody(p.text);
  return { body, grams: bigrams(body), label: labelOf(p) };
};

/**
 * Pairs the units of two versions: first the same text (same number: unchanged, other number:
 * renumbered), then changed units, by the number shift of the nearest aligned neighbour
 * (第十条 → 第十一条 after an inserted article), by the duties found verbatim in them
 * (`anchors`: old index → new index, one per duty), then by similarity. The rest is removed or added.
 */
export function alignProvisions(from: ProvisionInput[], to: ProvisionInput[], anchors: [number, number][] = []): ProvisionPair[] {
  const a = from.map(prepare);
  const b = to.map(prepare);
  const newOf = new Map<number, number>();
  const oldOf = new Map<number, number>();
  const method = new Map<number, AlignmentMethod>();
  const pair = (i: number, j: number, how: AlignmentMethod) => {
    newOf.set(i, j);
    oldOf.set(j, i);
    method.set(i, how);
  };
  const sim = (i: number, j: number) => dice(a[i].grams, b[j].grams);

  matchSameText(a, b, pair, oldOf);

  const votes = new Map<number, Map<number, number>>();
  for (const [i, j] of anchors) {
    const row = votes.get(i) ?? new Map<number, number>();
    row.set(j, (row.get(j) ?? 0) + 1);
    votes.set(i, row);
  }
  for (const [i, row] of votes) {
    if (newOf.has(i)) continue;
    const best = [...row].filter(([j]) => !oldOf.has(j) && sim(i, j) >= DUTY_MIN_SIMILARITY).sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (best) pair(i, best[0], 'duty');
  }

  for (let i = 0; i < a.length; i++) {
    if (newOf.has(i)) continue;
    for (const j of shiftCandidates(i, newOf, a.length)) {
      if (j >= 0 && j < b.length && !oldOf.has(j) && sim(i, j) >= SHIFT_MIN_SIMILARITY) {
        pair(i, j, 'shift');
        break;
      }
    }
  }

  const scored: [number, number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    if (newOf.has(i)) continue;
    for (let j = 0; j < b.length; j++) {
      if (oldOf.has(j)) continue;
      const s = sim(i, j);
      if (s >= PAIR_MIN_SIMILARITY) scored.push([s, i, j]);
    }
  }
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of scored) if (!newOf.has(i) && !oldOf.has(j)) pair(i, j, 'similarity');

  const pairs: ProvisionPair[] = [];
  for (let i = 0; i < a.length; i++) {
    const j = newOf.get(i);
    if (j === undefined) {
      pairs.push({ change: 'removed', from: i, to: null, method: null, similarity: 0 });
      continue;
    }
    const sameText = a[i].body === b[j].body;
    const change = sameText ? (a[i].label === b[j].label ? 'unchanged' : 'renumbered') : 'modified';
    pairs.push({ change, from: i, to: j, method: method.get(i) ?? null, similarity: sameText ? 1 : sim(i, j) });
  }
  for (let j = 0; j < b.length; j++) if (!oldOf.has(j)) pairs.push({ change: 'added', from: null, to: j, method: null, similarity: 0 });
  return inDocumentOrder(pairs);
}

/** Same text: the same number if it is free, else the nearest position to where the text was. */
function matchSameText(a: Prepared[], b: Prepared[], pair: (i: number, j: number, how: AlignmentMethod) => void, oldOf: Map<number, number>) {
  const byBody = new Map<string, number[]>();
  b.forEach((p, j) => byBody.set(p.body, [...(byBody.get(p.body) ?? []), j]));
  let delta = 0;
  a.forEach((p, i) => {
    const free = (byBody.get(p.body) ?? []).filter((j) => !oldOf.has(j));
    if (free.length === 0) return;
    const j = free.find((k) => b[k].label === p.label) ?? free.sort((x, y) => Math.abs(x - i - delta) - Math.abs(y - i - delta))[0];
    pair(i, j, 'text');
    delta = j - i;
  });
}

/** Where old unit i would stand if it moved like its nearest aligned neighbours (before, then after). */
function shiftCandidates(i: number, newOf: Map<number, number>, n: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const j = newOf.get(k);
    if (j !== undefined) {
      out.push(j + (i - k));
      break;
    }
  }
  for (let k = i + 1; k < n; k++) {
    const j = newOf.get(k);
    if (j !== undefined) {
      out.push(j - (k - i));
      break;
    }
  }
  if (out.length === 0) out.push(i);
  return out;
}

/** New-version order, each removed unit placed after the pair that preceded it in the old version. */
function inDocumentOrder(pairs: ProvisionPair[]): ProvisionPair[] {
  let lastTo = -1;
  const keyed = pairs.map((p, n) => {
    if (p.to !== null && p.from !== null) lastTo = p.to;
    return { p, key: p.to ?? lastTo + 0.5, n };
  });
  return keyed.sort((x, y) => x.key - y.key || x.n - y.n).map((x) => x.p);
}
