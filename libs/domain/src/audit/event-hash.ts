import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain, computed here in JavaScript independently of the database's
 * trigger (migration 1764600000000-audit-chain), so a changed trigger function cannot hide a change.
 *
 * Canonical text of one obligation_events row (version 1): the lines
 *
 *   luyue.obligation_events.v1
 *   <name>:-                      for a NULL value, or
 *   <name>:<n>:<value>            where n is the value's length in UTF-8 bytes,
 *
 * for the columns id, obligation_id, type, from_status, to_status, actor_id, note, data,
 * created_at, chain_seq, prev_hash, in that order, joined by "\n" (no trailing newline). Values
 * are PostgreSQL's text forms: id and chain_seq in decimal, uuids lower-case with hyphens,
 * data as `jsonb::text` (canonical: jsonb keeps one key order and spacing), created_at as
 * `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC (microseconds). The length prefix keeps the text
 * unambiguous whatever a note contains. hash = lower-case hex SHA-256 of the text's UTF-8 bytes.
 */
export interface ChainedEventText {
  id: string;
  obligationId: string | null;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: string | null;
  note: string | null;
  /** `data::text` as PostgreSQL prints the jsonb value. */
  data: string | null;
  /** `created_at` in UTC with microseconds, e.g. 2026-12-02T08:01:02.123456Z. */
  createdAt: string;
  chainSeq: string;
  prevHash: string | null;
}

export const CANONICAL_EVENT_HEADER = 'luyue.obligation_events.v1';

const field = (name: string, value: string | null): string => (value === null ? `${name}:-` : `${name}:${Buffer.byteLength(value, 'utf8')}:${value}`);

export function canonicalEventText(e: ChainedEventText): string {
  return [
    CANONICAL_EVENT_HEADER,
    field('id', e.id),
    field('obligation_id', e.obligationId),
    field('type', e.type),
    field('from_status', e.fromStatus),
    field('to_status', e.toStatus),
    field('actor_id', e.actorId),
    field('note', e.note),
    field('data', e.data),
    field('created_at', e.createdAt),
    field('chain_seq', e.chainSeq),
    field('prev_hash', e.prevHash),
  ].join('\n');
}

export function eventHash(e: ChainedEventText): string {
  return createHash('sha256').update(canonicalEventText(e), 'utf8').digest('hex');
}
