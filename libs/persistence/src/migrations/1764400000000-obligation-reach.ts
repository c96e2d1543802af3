import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8 (performance at scale): the list's scope test as one cheap containment.
 *
 * A manager or staff member sees the obligations whose lead or co bodies lie in their body's
 * subtree. Tested as `lead_body_ids && scope OR co_body_ids && scope`, that compares every
 * element with every scope id (334 ids for a prefecture), row after row. `reach_body_ids` holds
 * each obligation's lead and co bodies plus all their ancestors, so the same test becomes
 * `reach_body_ids @> ARRAY[my body]`: a handful of comparisons, carried in the covering
 * indexes. Triggers keep it current when assignments change and when a body is added or moved.
 *
 * obligation_scopes spreads the same reach into one row per body, with status and due date, so a
 * manager's due-date list is an index range over their rows alone (deep pages included).
 *
 * It also adds change counters (sequences bumped once per writing statement) that let the API
 * cache the body tree and list totals and know when they are stale.
 */
export class ObligationReach1764400000000 implements MigrationInterface {
  name = 'ObligationReach1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // Unknown ids stay in (a body inserted later is reached through its own trigger below).
    await q.query(`
      CREATE FUNCTION body_reach(ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        WITH RECURSIVE up AS (
          SELECT b.id, b.parent_id FROM bodies b WHERE b.id = ANY(ids)
          UNION
          SELECT p.id, p.parent_id FROM bodies p JOIN up ON p.id = up.parent_id
        )
        SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}')
        FROM (SELECT unnest(ids) AS x UNION SELECT id FROM up) reach
      $$`);
    await q.query(`ALTER TABLE obligations ADD COLUMN reach_body_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE obligations SET reach_body_ids = body_reach(lead_body_ids || co_body_ids)`);
    await q.query(`
      CREATE FUNCTION obligations_set_reach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.reach_body_ids := body_reach(NEW.lead_body_ids || NEW.co_body_ids);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER obligations_reach BEFORE INSERT OR UPDATE OF lead_body_ids, co_body_ids ON obligations
      FOR EACH ROW EXECUTE FUNCTION obligations_set_reach()`);
    await q.query(`
      CREATE FUNCTION bodies_refresh_reach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- A new body has no children yet: only obligations naming it directly (GIN on lead/co).
          UPDATE obligations SET reach_body_ids = body_reach(lead_body_ids || co_body_ids)
          WHERE lead_body_ids && ARRAY[NEW.id] OR co_body_ids && ARRAY[NEW.id];
        ELSE
          -- A moved body: everything reached through it (a rare, whole-table pass).
          UPDATE obligations SET reach_body_ids = body_reach(lead_body_ids || co_body_ids)
          WHERE reach_body_ids && ARRAY[NEW.id];
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER bodies_reach_insert AFTER INSERT ON bodies FOR EACH ROW EXECUTE FUNCTION bodies_refresh_reach()`);
    await q.query(`
      CREATE TRIGGER bodies_reach_move AFTER UPDATE OF parent_id ON bodies
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION bodies_refresh_reach()`);

    // Sorted by due date, the first pages come straight off these (index-only: the scope test reads
    // the included column). No GIN on reach_body_ids: for a prefecture's 200,000 rows its bitmap
    // costs more than walking the sorted index, and the planner then prefers it to the search index.
    await q.query('CREATE INDEX obligations_due_reach_idx ON obligations (due_date, id) INCLUDE (status, reach_body_ids)');
    await q.query('CREATE INDEX obligations_status_due_reach_idx ON obligations (status, due_date, id) INCLUDE (reach_body_ids)');
    // Overdue and light filters: only the open statuses, in due-date order.
    await q.query(`
      CREATE INDEX obligations_active_due_reach_idx ON obligations (due_date, id) INCLUDE (reach_body_ids)
      WHERE status IN ('pending','acknowledged','in_progress','submitted')`);
    await q.query('DROP INDEX IF EXISTS obligations_due_cover_idx');
    await q.query('DROP INDEX IF EXISTS obligations_status_due_cover_idx');

    // One row per (body in reach, obligation) with the status and due date copied: a scoped
    // actor's due-date list is then one index range (body, due date) holding only their rows.
    await q.query(`
      CREATE TABLE obligation_scopes (
        body_id uuid NOT NULL,
        obligation_id uuid NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
        status text NOT NULL,
        due_date date
      )`);
    await q.query(`
      INSERT INTO obligation_scopes (body_id, obligation_id, status, due_date)
      SELECT b, o.id, o.status, o.due_date FROM obligations o, unnest(o.reach_body_ids) b`);
    await q.query('CREATE INDEX obligation_scopes_obligation_idx ON obligation_scopes (obligation_id)');
    await q.query('CREATE INDEX obligation_scopes_due_idx ON obligation_scopes (body_id, due_date, obligation_id) INCLUDE (status)');
    await q.query('CREATE INDEX obligation_scopes_status_due_idx ON obligation_scopes (body_id, status, due_date, obligation_id)');
    await q.query(`
      CREATE INDEX obligation_scopes_active_due_idx ON obligation_scopes (body_id, due_date, obligation_id)
      WHERE status IN ('pending','acknowledged','in_progress','submitted')`);
    await q.query(`
      CREATE FUNCTION obligations_sync_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM obligation_scopes WHERE obligation_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO obligation_scopes (body_id, obligation_id, status, due_date)
          SELECT b, NEW.id, NEW.status, NEW.due_date FROM unnest(NEW.reach_body_ids) b;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER obligations_scopes_insert AFTER INSERT ON obligations FOR EACH ROW EXECUTE FUNCTION obligations_sync_scopes()`);
    await q.query(`
      CREATE TRIGGER obligations_scopes_update AFTER UPDATE ON obligations FOR EACH ROW
      WHEN (OLD.reach_body_ids IS DISTINCT FROM NEW.reach_body_ids OR OLD.status IS DISTINCT FROM NEW.status OR OLD.due_date IS DISTINCT FROM NEW.due_date)
      EXECUTE FUNCTION obligations_sync_scopes()`);

    // Change counters: non-transactional, so bumping them never makes writers wait on each other.
    await q.query(`CREATE SEQUENCE obligations_change_seq`);
    await q.query(`CREATE SEQUENCE bodies_change_seq`);
    await q.query(`
      CREATE FUNCTION bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval(TG_ARGV[0]::regclass);
        RETURN NULL;
      END $$`);
    for (const table of ['obligations', 'bodies']) {
      await q.query(`
        CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_change_seq('${table}_change_seq')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['obligations', 'bodies']) await q.query(`DROP TRIGGER IF EXISTS ${table}_changed ON ${table}`);
    await q.query('DROP FUNCTION IF EXISTS bump_change_seq()');
    await q.query('DROP SEQUENCE IF EXISTS bodies_change_seq');
    await q.query('DROP SEQUENCE IF EXISTS obligations_change_seq');
    await q.query('DROP TRIGGER IF EXISTS obligations_scopes_update ON obligations');
    await q.query('DROP TRIGGER IF EXISTS obligations_scopes_insert ON obligations');
    await q.query('DROP FUNCTION IF EXISTS obligations_sync_scopes()');
    await q.query('DROP TABLE IF EXISTS obligation_scopes');
    await q.query('CREATE INDEX IF NOT EXISTS obligations_due_cover_idx ON obligations (due_date, id) INCLUDE (status, lead_body_ids, co_body_ids)');
    await q.query('CREATE INDEX IF NOT EXISTS obligations_status_due_cover_idx ON obligations (status, due_date, id) INCLUDE (lead_body_ids, co_body_ids)');
    await q.query('DROP INDEX IF EXISTS obligations_status_due_reach_idx');
    await q.query('DROP INDEX IF EXISTS obligations_due_reach_idx');
    await q.query('DROP INDEX IF EXISTS obligations_active_due_reach_idx');
    await q.query('DROP TRIGGER IF EXISTS bodies_reach_move ON bodies');
    await q.query('DROP TRIGGER IF EXISTS bodies_reach_insert ON bodies');
    await q.query('DROP FUNCTION IF EXISTS bodies_refresh_reach()');
    await q.query('DROP TRIGGER IF EXISTS obligations_reach ON obligations');
    await q.query('DROP FUNCTION IF EXISTS obligations_set_reach()');
    await q.query('ALTER TABLE obligations DROP COLUMN IF EXISTS reach_body_ids');
    await q.query('DROP FUNCTION IF EXISTS body_reach(uuid[])');
  }
}
