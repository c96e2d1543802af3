import type { AuditChainReads } from '@luyue/application';
import type { StoredChainedEvent } from '@luyue/domain';

/** Something that runs one parameterised statement (a TypeORM EntityManager or QueryRunner, a pg client wrapper). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The stored text of each hashed column, exactly as the canonical form takes it: PostgreSQL's
 * own text output of the stored values (no function of the audit migration is involved).
 */
const EVENT_COLUMNS = `e.id::text AS id, e.obligation_id::text AS "obligationId", e.type, e.from_status AS "fromStatus", e.to_status AS "toStatus",
  e.actor_id::text AS "actorId", e.note, e.data::text AS data, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
  e.chain_seq::text AS "chainSeq", e.prev_hash AS "prevHash", e.hash`;

export class SqlAuditChainReads implements AuditChainReads {
  constructor(private readonly db: Queryable) {}

  async firstUnchained(): Promise<StoredChainedEvent | undefined> {
    const rows = (await this.db.query(`SELECT ${EVENT_COLUMNS} FROM obligation_events e WHERE e.chain_seq IS NULL OR e.hash IS NULL ORDER BY e.id LIMIT 1`)) as StoredChainedEvent[];
    return rows[0];
  }

  async adminChainPage(afterSeq: string, pageSize: number): Promise<StoredChainedEvent[]> {
    return (await this.db.query(`SELECT ${EVENT_COLUMNS} FROM obligation_events e WHERE e.obligation_id IS NULL AND e.chain_seq > $1::bigint ORDER BY e.chain_seq LIMIT $2`, [
      afterSeq,
      pageSize,
    ])) as StoredChainedEvent[];
  }

  async obligationChainsPage(after: { obligationId: string; chainSeq: string } | null, pageSize: number): Promise<StoredChainedEvent[]> {
    return (await this.db.query(
      `SELECT ${EVENT_COLUMNS} FROM obligation_events e
       WHERE e.obligation_id IS NOT NULL ${after ? 'AND (e.obligation_id, e.chain_seq) > ($2::uuid, $3::bigint)' : ''}
       ORDER BY e.obligation_id, e.chain_seq LIMIT $1`,
      after ? [pageSize, after.obligationId, after.chainSeq] : [pageSize],
    )) as StoredChainedEvent[];
  }
}
