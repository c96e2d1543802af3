import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the api, worker and user-facing CLI commands connect as (APP_DATABASE_URL). */
const ROLE = 'luyue_app';

/** Tables the app reads and writes. */
const WORKING_TABLES = ['bodies', 'users', 'regulations', 'provisions', 'obligations', 'obligation_scopes', 'extension_requests', 'evidence', 'notifications'];

/** The audit trail: the app may add to it and read it, never change or remove a row. */
const AUDIT_TABLES = ['obligation_events'];

/**
 * Sequences the app draws from: the event ids (bigserial) and the change counters that the
 * statement triggers of 1764400000000 bump with nextval (triggers run with the rights of the
 * user whose statement fired them) and that the caches read (`SELECT last_value`). USAGE allows
 * nextval, SELECT the read; UPDATE (setval) is not granted.
 */
const SEQUENCES = ['obligation_events_id_seq', 'obligations_change_seq', 'bodies_change_seq'];

/**
 * Issue 13, finding 2: the app connected as the owner (a superuser locally), so it could ALTER,
 * TRUNCATE and UPDATE the audit trail — and, through an injection, reach COPY … TO PROGRAM.
 *
 * This creates `luyue_app`, a login role with no attribute beyond LOGIN that owns nothing, and
 * grants it what the app uses: CONNECT, USAGE on schema public, SELECT/INSERT/UPDATE/DELETE on
 * the working tables, SELECT/INSERT only on the audit tables, USAGE/SELECT on the sequences.
 * Nothing on `migrations`, no TRUNCATE, REFERENCES or TRIGGER anywhere, no CREATE anywhere: the
 * owner (DATABASE_URL) keeps the schema and runs the migrations. Functions (body_reach, the
 * trigger functions, pgcrypto/pg_trgm) keep PostgreSQL's default EXECUTE for PUBLIC and run with
 * the caller's rights (none is SECURITY DEFINER): the reach/scope triggers write obligations and
 * obligation_scopes, which are working tables.
 *
 * DEFAULT PRIVILEGES give tables and sequences that later migrations create (as the same owner)
 * the working-table grants, so a new table works for the app without a grant of its own. A
 * later AUDIT table must therefore take them back in its own migration:
 *   REVOKE UPDATE, DELETE ON <audit table> FROM luyue_app;
 * (and be added to the audit list of app-role.int-spec.ts, which checks every table's grants).
 *
 * Roles belong to the cluster, not the database, and several databases of one cluster migrate at
 * the same moment in tests: the role is created only when missing, and a concurrent creation
 * (duplicate_object, or unique_violation on pg_authid) counts as done. It has no password: the
 * local trust set-up (ops/services.sh) lets it in over loopback; in production the operator sets
 * one (`npm run migrate` does when APP_DATABASE_URL names it).
 */
export class AppRole1764500000000 implements MigrationInterface {
  name = 'AppRole1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN
          CREATE ROLE ${ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created at the same moment by another database's migration
      END $$`);
    // A role of that name made by hand with more power is brought down (only then: concurrent
    // ALTER ROLEs of one role from several databases would fail with "tuple concurrently updated").
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}' AND (rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls OR rolreplication OR rolinherit)) THEN
          ALTER ROLE ${ROLE} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT;
        END IF;
      END $$`);

    await q.query(`DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${ROLE}', current_database()); END $$`);
    // PUBLIC may create temporary tables by default; nothing here needs them.
    await q.query(`DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$`);
    // PostgreSQL 15 already gives PUBLIC no CREATE on public; a database from an older cluster may.
    await q.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await q.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${WORKING_TABLES.join(', ')} TO ${ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON ${AUDIT_TABLES.join(', ')} TO ${ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE ${SEQUENCES.join(', ')} TO ${ROLE}`);

    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${ROLE}`);
    await q.query(`DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', current_database()); END $$`);
    await q.query(`DO $$ BEGIN EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM ${ROLE}', current_database()); END $$`);
    // The role itself stays: it belongs to the cluster, and other databases on it may use it.
    // CREATE on schema public stays revoked from PUBLIC (PostgreSQL 15's own default).
  }
}
