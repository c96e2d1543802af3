import { type ChainBreak, type ChainHead, ChainVerifier, type StoredChainedEvent } from '@luyue/domain';

/** Something that runs one parameterised statement (a TypeORM QueryRunner or EntityManager). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
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

/**
 * The stored text of each hashed column, exactly as the canonical form takes it: PostgreSQL's
 * own text output of the stored values (no function of the audit migration is involved).
 */
const EVENT_COLUMNS = `e.id::text AS id, e.obligation_id::text AS "obligationId", e.type, e.from_status AS "fromStatus", e.to_status AS "toStatus",
  e.actor_id::text AS "actorId", e.note, e.data::text AS data, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
  e.chain_seq::text AS "chainSeq", e.prev_hash AS "prevHash", e.hash`;

export const AUDIT_PAGE_SIZE = 2000;

/**
 * Recomputes every chain of obligation_events in JavaScript (ChainVerifier) and names the first
 * broken link. Reads in keyset pages along the chain indexes, so memory holds one page and one
 * head per chain, whatever the trail's size. Run it inside one REPEATABLE READ transaction for a
 * consistent view (`audit verify` does).
 */
export async function verifyAuditTrail(db: Queryable, options: { anchors?: ChainHead[]; pageSize?: number } = {}): Promise<AuditTrailReport> {
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
  const unchained = (await db.query(`SELECT ${EVENT_COLUMNS} FROM obligation_events e WHERE e.chain_seq IS NULL OR e.hash IS NULL ORDER BY e.id LIMIT 1`)) as StoredChainedEvent[];
  if (unchained[0]) return report(new ChainVerifier().push(unchained[0]));

  // The admin chain (no obligation), then each obligation's chain, each in chain_seq order.
  let afterSeq = '0';
  for (;;) {
    const rows = (await db.query(
      `SELECT ${EVENT_COLUMNS} FROM obligation_events e WHERE e.obligation_id IS NULL AND e.chain_seq > $1::bigint ORDER BY e.chain_seq LIMIT $2`,
      [afterSeq, pageSize],
    )) as StoredChainedEvent[];
    for (const row of rows) {
      const broken = verifier.push(row);
      if (broken) return report(broken);
    }
    if (rows.length < pageSize) break;
    afterSeq = rows[rows.length - 1].chainSeq as string;
  }
  let after: { obligationId: string; chainSeq: string } | null = null;
  for (;;) {
    const rows = (await db.query(
      `SELECT ${EVENT_COLUMNS} FROM obligation_events e
       WHERE e.obligation_id IS NOT NULL ${after ? 'AND (e.obligation_id, e.chain_seq) > ($2::uuid, $3::bigint)' : ''}
       ORDER BY e.obligation_id, e.chain_seq LIMIT $1`,
      after ? [pageSize, after.obligationId, after.chainSeq] : [pageSize],
    )) as StoredChainedEvent[];
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
