import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a tamper-evident audit trail.
 *
 * Every obligation_events row carries chain_seq, prev_hash and hash, set by a BEFORE INSERT
 * trigger whatever code (or role) inserts it. There is one chain per obligation and one for the
 * administration events (obligation_id NULL: user and body changes). Inserts lock their chain
 * with a transaction-scoped advisory lock, so concurrent writers to one chain take turns; in READ
 * COMMITTED each statement of the (volatile) trigger takes a fresh snapshot, so after the lock
 * the previous writer's committed row is visible. Chains are ordered by chain_seq, not id (ids
 * from the sequence can commit out of order). A unique index per chain makes a fork (e.g. under
 * REPEATABLE READ, whose snapshot predates the lock) fail loudly instead of branching.
 *
 * hash = hex sha256 of the canonical text (libs/domain/src/audit/event-hash.ts, version 1):
 *   'luyue.obligation_events.v1', then one line per column, in this order:
 *   id, obligation_id, type, from_status, to_status, actor_id, note, data, created_at, chain_seq,
 *   prev_hash — each `<name>:-` for NULL, else `<name>:<UTF-8 byte length>:<text value>` —
 *   joined by '\n'. data is jsonb::text; created_at is UTC 'YYYY-MM-DDTHH:MI:SS.ffffffZ'.
 * `npm run cli -- audit verify` recomputes it in JavaScript, not with these functions.
 *
 * The trigger only SELECTs and INSERTs obligation_events (the app role luyue_app may do no more).
 */
export class AuditChain1764600000000 implements MigrationInterface {
  name = 'AuditChain1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // Administration events have no obligation; the foreign key stays for the others.
    await q.query('ALTER TABLE obligation_events ALTER COLUMN obligation_id DROP NOT NULL');
    await q.query('ALTER TABLE obligation_events ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text');

    await q.query(`
      CREATE FUNCTION audit_canonical_field(name text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT name || ':' || CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
      $$`);
    await q.query(`
      CREATE FUNCTION obligation_event_hash(id bigint, obligation_id uuid, type text, from_status text, to_status text, actor_id uuid,
                                            note text, data jsonb, created_at timestamptz, chain_seq bigint, prev_hash text)
      RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws(E'\\n',
          'luyue.obligation_events.v1',
          audit_canonical_field('id', id::text),
          audit_canonical_field('obligation_id', obligation_id::text),
          audit_canonical_field('type', type),
          audit_canonical_field('from_status', from_status),
          audit_canonical_field('to_status', to_status),
          audit_canonical_field('actor_id', actor_id::text),
          audit_canonical_field('note', note),
          audit_canonical_field('data', data::text),
          audit_canonical_field('created_at', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          audit_canonical_field('chain_seq', chain_seq::text),
          audit_canonical_field('prev_hash', prev_hash)
        ), 'UTF8')), 'hex')
      $$`);

    // Existing rows: each obligation's events in id order become its chain.
    await q.query('ALTER TABLE obligation_events DISABLE TRIGGER obligation_events_no_change');
    await q.query(`
      DO $$
      DECLARE
        r record;
        chain uuid;
        started boolean := false;
        seq bigint;
        prev text;
        h text;
      BEGIN
        FOR r IN SELECT * FROM obligation_events ORDER BY obligation_id NULLS FIRST, id LOOP
          IF NOT started OR r.obligation_id IS DISTINCT FROM chain THEN
            started := true; chain := r.obligation_id; seq := 0; prev := NULL;
          END IF;
          seq := seq + 1;
          h := obligation_event_hash(r.id, r.obligation_id, r.type, r.from_status, r.to_status, r.actor_id, r.note, r.data, r.created_at, seq, prev);
          UPDATE obligation_events SET chain_seq = seq, prev_hash = prev, hash = h WHERE id = r.id;
          prev := h;
        END LOOP;
      END $$`);
    await q.query('ALTER TABLE obligation_events ENABLE TRIGGER obligation_events_no_change');
    await q.query('ALTER TABLE obligation_events ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN hash SET NOT NULL');
    await q.query('CREATE UNIQUE INDEX obligation_events_chain_unique ON obligation_events (obligation_id, chain_seq)');
    await q.query('CREATE UNIQUE INDEX obligation_events_admin_chain_unique ON obligation_events (chain_seq) WHERE obligation_id IS NULL');
    // An administration event says what it is about.
    await q.query(`ALTER TABLE obligation_events ADD CONSTRAINT obligation_events_admin_entity CHECK (obligation_id IS NOT NULL OR data ? 'entity')`);

    // 17646 namespaces the lock keys (pg_advisory_xact_lock(int, int)); a hash collision between
    // two obligations only makes them take turns.
    await q.query(`
      CREATE FUNCTION obligation_events_chain() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        last_seq bigint;
        last_hash text;
      BEGIN
        IF NEW.obligation_id IS NULL THEN
          PERFORM pg_advisory_xact_lock(17646, 0);
          SELECT e.chain_seq, e.hash INTO last_seq, last_hash FROM obligation_events e
          WHERE e.obligation_id IS NULL ORDER BY e.chain_seq DESC LIMIT 1;
        ELSE
          PERFORM pg_advisory_xact_lock(17647, hashtext(NEW.obligation_id::text));
          SELECT e.chain_seq, e.hash INTO last_seq, last_hash FROM obligation_events e
          WHERE e.obligation_id = NEW.obligation_id ORDER BY e.chain_seq DESC LIMIT 1;
        END IF;
        NEW.chain_seq := coalesce(last_seq, 0) + 1;
        NEW.prev_hash := last_hash;
        NEW.hash := obligation_event_hash(NEW.id, NEW.obligation_id, NEW.type, NEW.from_status, NEW.to_status, NEW.actor_id,
                                          NEW.note, NEW.data, NEW.created_at, NEW.chain_seq, NEW.prev_hash);
        RETURN NEW;
      END $$`);
    // BEFORE triggers fire in name order: 'z_' runs this one last, over the final values.
    await q.query(`CREATE TRIGGER obligation_events_z_chain BEFORE INSERT ON obligation_events FOR EACH ROW EXECUTE FUNCTION obligation_events_chain()`);

    // Functions are executable by PUBLIC by default; say so for the app role in case that changes.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'luyue_app') THEN
          GRANT EXECUTE ON FUNCTION audit_canonical_field(text, text), obligation_events_chain(),
            obligation_event_hash(bigint, uuid, text, text, text, uuid, text, jsonb, timestamptz, bigint, text) TO luyue_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS obligation_events_z_chain ON obligation_events');
    await q.query('DROP FUNCTION IF EXISTS obligation_events_chain()');
    await q.query('DROP FUNCTION IF EXISTS obligation_event_hash(bigint, uuid, text, text, text, uuid, text, jsonb, timestamptz, bigint, text)');
    await q.query('DROP FUNCTION IF EXISTS audit_canonical_field(text, text)');
    await q.query('ALTER TABLE obligation_events DROP CONSTRAINT IF EXISTS obligation_events_admin_entity');
    await q.query('DROP INDEX IF EXISTS obligation_events_admin_chain_unique');
    await q.query('DROP INDEX IF EXISTS obligation_events_chain_unique');
    await q.query('ALTER TABLE obligation_events DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash');
    // Administration events cannot live without an obligation in the old schema.
    await q.query('ALTER TABLE obligation_events DISABLE TRIGGER obligation_events_no_change');
    await q.query('DELETE FROM obligation_events WHERE obligation_id IS NULL');
    await q.query('ALTER TABLE obligation_events ENABLE TRIGGER obligation_events_no_change');
    await q.query('ALTER TABLE obligation_events ALTER COLUMN obligation_id SET NOT NULL');
  }
}
