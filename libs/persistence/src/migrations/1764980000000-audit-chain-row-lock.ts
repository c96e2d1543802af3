import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's writers of one obligation take turns on the obligation's row lock instead of
 * an advisory lock per obligation.
 *
 * Advisory locks live in PostgreSQL's shared lock table, which holds about
 * max_locks_per_transaction × max_connections entries for all sessions together (6,400 with the
 * defaults, with some slack). A transaction that writes events for many obligations kept one
 * entry per obligation until it ended: with the default settings, one INSERT of events for
 * 36,000 obligations failed with "out of shared memory", and several large bulk edits, confirms
 * or imports at once fail sooner. A row lock is kept in the row itself, so it has no such limit;
 * a transaction that already updated the row holds it already. Writers of one chain still take
 * turns (after the lock, the next statement's snapshot sees the previous writer's row), and the
 * unique (obligation_id, chain_seq) index still refuses a fork. FOR NO KEY UPDATE does not block
 * the foreign keys' key-share locks, and needs UPDATE on obligations, which the app role has. The
 * administration chain keeps its single advisory lock.
 */
export class AuditChainRowLock1764980000000 implements MigrationInterface {
  name = 'AuditChainRowLock1764980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(chainFunction('PERFORM 1 FROM obligations o WHERE o.id = NEW.obligation_id FOR NO KEY UPDATE;'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(chainFunction('PERFORM pg_advisory_xact_lock(17647, hashtext(NEW.obligation_id::text));'));
  }
}

/** The chain trigger's function (migration 1764600000000) with `lockObligationChain` before it reads the chain's last link. */
function chainFunction(lockObligationChain: string): string {
  return `
    CREATE OR REPLACE FUNCTION obligation_events_chain() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      last_seq bigint;
      last_hash text;
    BEGIN
      IF NEW.obligation_id IS NULL THEN
        PERFORM pg_advisory_xact_lock(17646, 0);
        SELECT e.chain_seq, e.hash INTO last_seq, last_hash FROM obligation_events e
        WHERE e.obligation_id IS NULL ORDER BY e.chain_seq DESC LIMIT 1;
      ELSE
        ${lockObligationChain}
        SELECT e.chain_seq, e.hash INTO last_seq, last_hash FROM obligation_events e
        WHERE e.obligation_id = NEW.obligation_id ORDER BY e.chain_seq DESC LIMIT 1;
      END IF;
      NEW.chain_seq := coalesce(last_seq, 0) + 1;
      NEW.prev_hash := last_hash;
      NEW.hash := obligation_event_hash(NEW.id, NEW.obligation_id, NEW.type, NEW.from_status, NEW.to_status, NEW.actor_id,
                                        NEW.note, NEW.data, NEW.created_at, NEW.chain_seq, NEW.prev_hash);
      RETURN NEW;
    END $$`;
}
