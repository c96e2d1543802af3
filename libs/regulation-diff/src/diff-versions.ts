import { alignProvisions } from './align-provisions';
import { normalizeText } from './normalize';
import { bigrams, dice } from './similarity';
import type { NewObligationInput, ObligationChange, OldObligationInput, ProvisionCounts, ProvisionInput, UnitRef, VersionDiff, VersionInput } from './types';

/** A changed duty takes over a new extracted duty of its aligned unit from this similarity up. */
export const MODIFIED_DUTY_MIN_SIMILARITY = 0.3;
/** A duty found verbatim that occurs in many units is too generic to say where its unit went. */
const MAX_ANCHOR_UNITS = 3;

const labelOf = (u: UnitRef) => `${u.article}-${u.suffix ?? 0}`;

/**
 * Aligns an amended version with the current one: every old obligation found verbatim (after
 * normalisation) somewhere in the new text is unchanged (same article) or moved (other article);
 * the units are aligned (see alignProvisions), helped by where those duties went; an obligation
 * whose text is gone is modified when its unit has a counterpart, else removed. Obligations with no
 * unit in the old version (typed by hand without an article) are unchanged. New extracted
 * obligations no old one corresponds to are `added`.
 */
export function diffVersions(from: VersionInput<OldObligationInput>, to: VersionInput<NewObligationInput>): VersionDiff {
  const oldUnitOf = unitIndex(from.provisions);
  const newUnitOf = unitIndex(to.provisions);
  const newUnitText = to.provisions.map((p) => normalizeText(p.text));
  const oldTexts = from.obligations.map((o) => normalizeText(o.text));

  const foundIn = oldTexts.map((t) => (t === '' ? [] : newUnitText.flatMap((u, j) => (u.includes(t) ? [j] : []))));
  const anchors: [number, number][] = [];
  from.obligations.forEach((o, k) => {
    const i = oldUnitOf.get(labelOf(o));
    if (i !== undefined && foundIn[k].length <= MAX_ANCHOR_UNITS) for (const j of foundIn[k]) anchors.push([i, j]);
  });
  const pairs = alignProvisions(from.provisions, to.provisions, anchors);
  const alignedTo = new Map<number, number>();
  for (const p of pairs) if (p.from !== null && p.to !== null) alignedTo.set(p.from, p.to);

  const changes: ObligationChange[] = from.obligations.map((o, k) => {
    const i = o.article === null ? undefined : oldUnitOf.get(labelOf(o));
    const aligned = i === undefined ? undefined : alignedTo.get(i);
    if (foundIn[k].length > 0) {
      const j = pickUnit(foundIn[k], aligned, newUnitOf.get(labelOf(o)));
      const sameArticle = o.article === null || labelOf(to.provisions[j]) === labelOf(o);
      return { from: k, change: sameArticle ? 'unchanged' : 'moved', toProvision: j, toObligation: null };
    }
    if (i === undefined) return { from: k, change: 'unchanged', toProvision: null, toObligation: null };
    if (aligned !== undefined) return { from: k, change: 'modified', toProvision: aligned, toObligation: null };
    return { from: k, change: 'removed', toProvision: null, toObligation: null };
  });

  const added = matchNewObligations(changes, oldTexts, to.obligations, newUnitOf);
  return { provisions: pairs, counts: countPairs(pairs), obligations: changes, added, alignedShare: from.provisions.length === 0 ? 1 : alignedTo.size / from.provisions.length };
}

function unitIndex(provisions: ProvisionInput[]): Map<string, number> {
  const out = new Map<string, number>();
  provisions.forEach((p, i) => {
    if (!out.has(labelOf(p))) out.set(labelOf(p), i);
  });
  return out;
}

/** Of the units a duty occurs in: its unit's counterpart, else the unit with its old number, else the nearest to either, else the first. */
function pickUnit(units: number[], aligned: number | undefined, sameNumber: number | undefined): number {
  if (aligned !== undefined && units.includes(aligned)) return aligned;
  if (sameNumber !== undefined && units.includes(sameNumber)) return sameNumber;
  const near = aligned ?? sameNumber;
  if (near === undefined) return units[0];
  return [...units].sort((x, y) => Math.abs(x - near) - Math.abs(y - near))[0];
}

/**
 * Gives each old obligation the new extracted obligation of its new unit that says the same (equal
 * or containing text) or, for a changed duty, the most similar one; unclaimed new ones are added.
 */
function matchNewObligations(changes: ObligationChange[], oldTexts: string[], next: NewObligationInput[], newUnitOf: Map<string, number>): number[] {
  const nextTexts = next.map((o) => normalizeText(o.text));
  const nextGrams = nextTexts.map(bigrams);
  const byUnit = new Map<number, number[]>();
  next.forEach((o, n) => {
    const j = o.article === null ? -1 : (newUnitOf.get(labelOf(o)) ?? -1);
    byUnit.set(j, [...(byUnit.get(j) ?? []), n]);
  });
  const taken = new Set<number>();
  const claim = (c: ObligationChange, minSimilarity: number, sameText: boolean) => {
    const unit = c.toProvision ?? -1;
    const text = oldTexts[c.from];
    const grams = bigrams(text);
    let best: { n: number; score: number } | null = null;
    for (const n of byUnit.get(unit) ?? []) {
      if (taken.has(n)) continue;
      const t = nextTexts[n];
      const score = t === text ? 2 : sameText && (t.includes(text) || text.includes(t)) ? 1.5 : dice(grams, nextGrams[n]);
      if (score >= minSimilarity && (!best || score > best.score)) best = { n, score };
    }
    if (best) {
      taken.add(best.n);
      c.toObligation = best.n;
    }
  };
  for (const c of changes) if (c.change === 'unchanged' || c.change === 'moved') claim(c, 1.5, true);
  for (const c of changes) if (c.toObligation === null && (c.change === 'unchanged' || c.change === 'moved')) claim(c, MODIFIED_DUTY_MIN_SIMILARITY, true);
  for (const c of changes) if (c.change === 'modified') claim(c, MODIFIED_DUTY_MIN_SIMILARITY, false);
  return next.map((_, n) => n).filter((n) => !taken.has(n));
}

function countPairs(pairs: VersionDiff['provisions']): ProvisionCounts {
  const counts: ProvisionCounts = { unchanged: 0, renumbered: 0, modified: 0, added: 0, removed: 0 };
  for (const p of pairs) counts[p.change]++;
  return counts;
}
