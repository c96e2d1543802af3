import { type ChainBreak, type ChainHead, ChainVerifier, type StoredChainedEvent } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';

/** The audit trail read along its chains, in keyset pages (port; libs/persistence's SqlAuditChainReads). */
export interface AuditChainReads {
  /** An event written around the trigger: in no position of a chain. */
  firstUnchained(): Promise<StoredChainedEvent | undefined>;
  /** The administration chain (no obligation) after `afterSeq`, in chain_seq order. */
  adminChainPage(afterSeq: string, pageSize: number): Promise<StoredChainedEvent[]>;
  /** The obligations' chains after `after`, in (obligation, chain_seq) order. */
  obligationChainsPage(after: { obligationId: string; chainSeq: string } | null, pageSize: number): Promise<StoredChainedEvent[]>;
}

export interface AuditTrailReport {
  ok: boolean;
  /** Events checked (up to and including the broken one). */
  events: number;
  chains: number;
  /** The first broken link; absent on an intact trail. */
  broken?: ChainBreak;
  /** The last link of every chain (admin chain first): keep them elsewhere to anchor a later run. */
  heads: ChainHead[];
}

export const AUDIT_PAGE_SIZE = 2000;

/**
 * Recomputes every chain of obligation_events in JavaScript (ChainVerifier) and names the first
 * broken link. Reads in keyset pages along the chain indexes, so memory holds one page and one
 * head per chain, whatever the trail's size. Run it inside one REPEATABLE READ transaction for a
 * consistent view (VerifyAuditTrailUseCase does).
 */
export async function verifyAuditTrail(db: AuditChainReads, options: { anchors?: ChainHead[]; pageSize?: number } = {}): Promise<AuditTrailReport> {
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const verifier = new ChainVerifier(options.anchors);
  const report = (broken: ChainBreak | null): AuditTrailReport => ({
    ok: !broken,
    events: verifier.events,
    chains: verifier.chains,
    ...(broken ? { broken } : {}),
    heads: verifier.heads(),
  });

  // Rows written around the trigger (e.g. with triggers disabled) belong to no position of a chain.
  const unchained = await db.firstUnchained();
  if (unchained) return report(new ChainVerifier().push(unchained));

  // The admin chain (no obligation), then each obligation's chain, each in chain_seq order.
  let afterSeq = '0';
  for (;;) {
    const rows = await db.adminChainPage(afterSeq, pageSize);
    for (const row of rows) {
      const broken = verifier.push(row);
      if (broken) return report(broken);
    }
    if (rows.length < pageSize) break;
    afterSeq = rows[rows.length - 1].chainSeq as string;
  }
  let after: { obligationId: string; chainSeq: string } | null = null;
  for (;;) {
    const rows = await db.obligationChainsPage(after, pageSize);
    for (const row of rows) {
      const broken = verifier.push(row);
      if (broken) return report(broken);
    }
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    after = { obligationId: last.obligationId as string, chainSeq: last.chainSeq as string };
  }
  return report(verifier.finish());
}

/** `audit verify`: the whole trail checked in one read-only REPEATABLE READ snapshot. */
export class VerifyAuditTrailUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(options: { anchors?: ChainHead[] } = {}): Promise<AuditTrailReport> {
    return this.ctx.data.transaction(({ auditChain }) => verifyAuditTrail(auditChain, options), { snapshot: true });
  }
}
