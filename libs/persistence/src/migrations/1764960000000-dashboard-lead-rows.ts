import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE = `status IN ('pending','acknowledged','in_progress','submitted')`;

/** obligations_sync_scopes, with the lead flag (this migration) or without (before it). */
const syncScopesFunction = (lead: boolean) => `
  CREATE OR REPLACE FUNCTION obligations_sync_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN
      DELETE FROM obligation_scopes WHERE obligation_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO obligation_scopes (body_id, obligation_id, status, due_date${lead ? ', lead' : ''})
      SELECT b, NEW.id, NEW.status, NEW.due_date${lead ? ', b = ANY(NEW.lead_body_ids)' : ''} FROM unnest(NEW.reach_body_ids) b;
    END IF;
    RETURN NULL;
  END $$`;

/** The update trigger; with the lead flag, a change of lead bodies alone moves the flags too. */
const scopesUpdateTrigger = (lead: boolean) => `
  CREATE TRIGGER obligations_scopes_update AFTER UPDATE ON obligations FOR EACH ROW
  WHEN (OLD.reach_body_ids IS DISTINCT FROM NEW.reach_body_ids${lead ? ' OR OLD.lead_body_ids IS DISTINCT FROM NEW.lead_body_ids' : ''}
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.due_date IS DISTINCT FROM NEW.due_date)
  EXECUTE FUNCTION obligations_sync_scopes()`;

/**
 * Issue 19 (a fast dashboard): the dashboard's figures off narrow indexes instead of the
 * obligations' heap, so recomputing them after a change reads megabytes, not the whole table.
 *
 * - obligation_scopes marks the rows of an obligation's lead bodies (`lead`); the lights per lead
 *   body are then an index-only range over the open lead rows (body, due date).
 * - An index on status alone: an admin's status counts walk it (deduplicated, a few MB) instead of
 *   a covering index that carries every row's reach.
 */
export class DashboardLeadRows1764960000000 implements MigrationInterface {
  name = 'DashboardLeadRows1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE obligation_scopes ADD COLUMN lead boolean NOT NULL DEFAULT false');
    await q.query(`UPDATE obligation_scopes s SET lead = true FROM obligations o WHERE o.id = s.obligation_id AND s.body_id = ANY(o.lead_body_ids)`);
    await q.query(`CREATE INDEX obligation_scopes_lead_active_idx ON obligation_scopes (body_id, due_date) WHERE lead AND ${ACTIVE}`);
    await q.query('CREATE INDEX obligations_status_idx ON obligations (status)');
    await q.query(syncScopesFunction(true));
    // Lead and partner bodies can trade places with the reach unchanged: the lead flags move then too.
    await q.query('DROP TRIGGER obligations_scopes_update ON obligations');
    await q.query(scopesUpdateTrigger(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER obligations_scopes_update ON obligations');
    await q.query(scopesUpdateTrigger(false));
    await q.query(syncScopesFunction(false));
    await q.query('DROP INDEX obligations_status_idx');
    await q.query('DROP INDEX obligation_scopes_lead_active_idx');
    await q.query('ALTER TABLE obligation_scopes DROP COLUMN lead');
  }
}
