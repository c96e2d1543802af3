// Inputs and outputs of the version alignment. Provisions are a version's units (条 or tasks), in
// document order; obligations carry the unit they come from (article + suffix), null when none.

export interface UnitRef {
  article: number | null;
  suffix?: number | null;
}

export interface ProvisionInput extends UnitRef {
  article: number;
  text: string;
}

export interface OldObligationInput extends UnitRef {
  id: string;
  text: string;
}

export interface NewObligationInput extends UnitRef {
  text: string;
}

export interface VersionInput<O> {
  provisions: ProvisionInput[];
  obligations: O[];
}

export type ProvisionChange = 'unchanged' | 'renumbered' | 'modified' | 'added' | 'removed';

/** How a pair was found: same text, a neighbour's number shift, a duty found verbatim in it, or similarity. */
export type AlignmentMethod = 'text' | 'shift' | 'duty' | 'similarity';

export interface ProvisionPair {
  change: ProvisionChange;
  /** Index into the old provisions, null for added. */
  from: number | null;
  /** Index into the new provisions, null for removed. */
  to: number | null;
  method: AlignmentMethod | null;
  similarity: number;
}

export type ObligationChangeKind = 'unchanged' | 'moved' | 'modified' | 'removed';

export interface ObligationChange {
  /** Index into the old obligations. */
  from: number;
  change: ObligationChangeKind;
  /** Index into the new provisions the duty now stands in (null for removed or when it has no unit). */
  toProvision: number | null;
  /** Index into the new obligations it corresponds to, when the new extraction has one. */
  toObligation: number | null;
}

export type ProvisionCounts = Record<ProvisionChange, number>;

export interface VersionDiff {
  provisions: ProvisionPair[];
  counts: ProvisionCounts;
  obligations: ObligationChange[];
  /** Indexes of new obligations no old one corresponds to. */
  added: number[];
  /** Share of the old provisions that found a counterpart (0…1). */
  alignedShare: number;
}
