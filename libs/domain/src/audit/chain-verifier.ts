import { type ChainedEventText, eventHash } from './event-hash';

/** One stored row as the verifier reads it: the hashed fields plus the stored hash. */
export interface StoredChainedEvent extends Omit<ChainedEventText, 'chainSeq'> {
  chainSeq: string | null;
  hash: string | null;
}

export type ChainBreakKind = 'unchained' | 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'anchor_mismatch' | 'truncated';

export interface ChainBreak {
  kind: ChainBreakKind;
  eventId: string | null;
  /** null: the admin chain (events with no obligation). */
  obligationId: string | null;
  message: string;
  expected?: string | null;
  found?: string | null;
}

/** The last link of a chain; printed by `audit verify`, and accepted back as anchors. */
export interface ChainHead {
  obligationId: string | null;
  seq: string;
  hash: string;
}

const chainName = (obligationId: string | null) => (obligationId === null ? 'the admin chain' : `obligation ${obligationId}`);
const chainKey = (obligationId: string | null) => obligationId ?? '';

/**
 * Checks rows streamed in chain order (chain by chain, each by chain_seq ascending): every chain
 * starts at chain_seq 1 with no prev_hash, each next row has chain_seq + 1 and the previous
 * row's hash as prev_hash, and every stored hash equals the recomputed one. With anchors (heads
 * kept from an earlier run), each anchored link must still be there with the same hash, which
 * also catches a chain cut short or rewritten as a whole since then. Stops at the first break.
 */
export class ChainVerifier {
  events = 0;
  chains = 0;
  private current: { obligationId: string | null; seq: bigint; hash: string } | null = null;
  private readonly closed: ChainHead[] = [];
  private readonly anchors = new Map<string, ChainHead>();

  constructor(anchors: readonly ChainHead[] = []) {
    for (const a of anchors) this.anchors.set(chainKey(a.obligationId), a);
  }

  /** The first break this row reveals, or null. */
  push(row: StoredChainedEvent): ChainBreak | null {
    const at = { eventId: row.id, obligationId: row.obligationId };
    if (row.chainSeq === null || row.hash === null) {
      return { kind: 'unchained', ...at, message: `event ${row.id} (${chainName(row.obligationId)}) has no chain_seq or hash: it was written around the chain trigger` };
    }
    const sameChain = this.current !== null && this.current.obligationId === row.obligationId;
    if (!sameChain) {
      const cut = this.closeChain();
      if (cut) return cut;
      this.chains++;
    }
    const expectedSeq = sameChain ? (this.current as { seq: bigint }).seq + 1n : 1n;
    const expectedPrev = sameChain ? (this.current as { hash: string }).hash : null;
    this.events++;
    if (BigInt(row.chainSeq) !== expectedSeq) {
      return {
        kind: 'seq_gap',
        ...at,
        expected: String(expectedSeq),
        found: row.chainSeq,
        message: `gap in chain_seq in ${chainName(row.obligationId)}: event ${row.id} has chain_seq ${row.chainSeq}, expected ${expectedSeq} (an event before it is missing or was reordered)`,
      };
    }
    if (row.prevHash !== expectedPrev) {
      return {
        kind: 'prev_hash_mismatch',
        ...at,
        expected: expectedPrev,
        found: row.prevHash,
        message: `prev_hash mismatch in ${chainName(row.obligationId)}: event ${row.id} does not point at the hash of the event before it (that event was changed, or this link was rewritten)`,
      };
    }
    const recomputed = eventHash({ ...row, chainSeq: row.chainSeq });
    if (recomputed !== row.hash) {
      return {
        kind: 'hash_mismatch',
        ...at,
        expected: recomputed,
        found: row.hash,
        message: `hash mismatch in ${chainName(row.obligationId)}: event ${row.id}'s content does not match its stored hash (the row was changed after it was written)`,
      };
    }
    const anchor = this.anchors.get(chainKey(row.obligationId));
    if (anchor && BigInt(anchor.seq) === expectedSeq && anchor.hash !== row.hash) {
      return {
        kind: 'anchor_mismatch',
        ...at,
        expected: anchor.hash,
        found: row.hash,
        message: `anchor mismatch in ${chainName(row.obligationId)}: event ${row.id} (chain_seq ${row.chainSeq}) no longer has the hash recorded in the anchors (the chain was rewritten)`,
      };
    }
    this.current = { obligationId: row.obligationId, seq: expectedSeq, hash: row.hash };
    return null;
  }

  /** After the last row: the last chain's anchor, and anchored chains that are gone entirely. */
  finish(): ChainBreak | null {
    const cut = this.closeChain();
    if (cut) return cut;
    const seen = new Set(this.closed.map((h) => chainKey(h.obligationId)));
    for (const [key, anchor] of this.anchors) {
      if (!seen.has(key)) return this.truncated(anchor, 0n);
    }
    return null;
  }

  /** The last event of every chain (after finish). */
  heads(): ChainHead[] {
    return this.closed;
  }

  private closeChain(): ChainBreak | null {
    const c = this.current;
    this.current = null;
    if (!c) return null;
    this.closed.push({ obligationId: c.obligationId, seq: String(c.seq), hash: c.hash });
    const anchor = this.anchors.get(chainKey(c.obligationId));
    return anchor && BigInt(anchor.seq) > c.seq ? this.truncated(anchor, c.seq) : null;
  }

  private truncated(anchor: ChainHead, lastSeq: bigint): ChainBreak {
    return {
      kind: 'truncated',
      eventId: null,
      obligationId: anchor.obligationId,
      expected: anchor.seq,
      found: String(lastSeq),
      message: `${chainName(anchor.obligationId)} ends at chain_seq ${lastSeq}, but the anchors record chain_seq ${anchor.seq}: events were deleted from its end`,
    };
  }
}
