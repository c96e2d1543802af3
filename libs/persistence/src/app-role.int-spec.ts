import { Client, type DatabaseError } from 'pg';
import { APP_DATABASE_ROLE, validateEnv } from '@luyue/config';
import { createAppDataSource, createDataSource } from './data-source';

// Issue 13, finding 2: the app's role owned everything, so it could ALTER, TRUNCATE and UPDATE
// the audit trail. Migration 1764500000000 gives it a role of its own, luyue_app, with only the
// grants the app needs. These run as that role, on the connection the app makes (APP_DATABASE_URL).

/** The audit trail: the app may read and append, never change or remove (and later `*_events` tables too). */
const AUDIT_TABLES = ['obligation_events'];
const isAuditTable = (name: string) => AUDIT_TABLES.includes(name) || name.endsWith('_events');

const env = validateEnv(process.env);

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with (undefined when it succeeds). */
async function sqlState(client: Client, sql: string, params: unknown[] = []): Promise<string | undefined> {
  await client.query('SAVEPOINT attempt');
  try {
    await client.query(sql, params);
    return undefined;
  } catch (e) {
    return (e as DatabaseError).code;
  } finally {
    await client.query('ROLLBACK TO SAVEPOINT attempt');
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

describe('the app role luyue_app (least privilege)', () => {
  let app: Client;
  let owner: Client;

  beforeAll(async () => {
    app = await connect(env.APP_DATABASE_URL);
    owner = await connect(env.DATABASE_URL);
  });

  afterAll(async () => {
    await app?.end();
    await owner?.end();
  });

  // Every attempt runs in a transaction that is rolled back: the shared test database is left as it was.
  beforeEach(async () => {
    await app.query('BEGIN');
  });
  afterEach(async () => {
    await app.query('ROLLBACK');
  });

  it('is what APP_DATABASE_URL connects as, by default on the same database as the owner', async () => {
    const [{ user, db }] = (await app.query('SELECT current_user AS user, current_database() AS db')).rows;
    expect(user).toBe(APP_DATABASE_ROLE);
    expect(db).toBe(new URL(env.DATABASE_URL).pathname.slice(1));
  });

  it('is no superuser and has no attribute beyond LOGIN, nor any role membership', async () => {
    const [role] = (
      await owner.query(
        `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication, rolinherit, rolcanlogin,
                (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE rolname = $1`,
        [APP_DATABASE_ROLE],
      )
    ).rows;
    expect(role).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, rolreplication: false, rolinherit: false, rolcanlogin: true, memberships: 0 });
  });

  it('owns no table, sequence, function or schema', async () => {
    const [owned] = (
      await owner.query(
        `SELECT (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS relations,
                (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS functions,
                (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS schemas
         FROM pg_roles r WHERE rolname = $1`,
        [APP_DATABASE_ROLE],
      )
    ).rows;
    expect(owned).toEqual({ relations: 0, functions: 0, schemas: 0 });
  });

  it('cannot UPDATE, DELETE or TRUNCATE obligation_events', async () => {
    expect(await sqlState(app, `UPDATE obligation_events SET note = 'changed'`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'DELETE FROM obligation_events')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'TRUNCATE obligation_events')).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('cannot switch the audit trail’s triggers off, nor ALTER, TRUNCATE or take over any table', async () => {
    expect(await sqlState(app, 'ALTER TABLE obligation_events DISABLE TRIGGER ALL')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'ALTER TABLE obligations ADD COLUMN attacker int')).toBe(INSUFFICIENT_PRIVILEGE);
    const tables: string[] = (await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename);
    expect(tables).toEqual(expect.arrayContaining(['obligations', 'obligation_events', 'users', 'migrations']));
    const refused: Record<string, (string | undefined)[]> = {};
    for (const t of tables) {
      refused[t] = [
        await sqlState(app, `ALTER TABLE "${t}" ADD COLUMN attacker int`),
        await sqlState(app, `ALTER TABLE "${t}" DISABLE TRIGGER ALL`),
        await sqlState(app, `ALTER TABLE "${t}" OWNER TO ${APP_DATABASE_ROLE}`),
        await sqlState(app, `TRUNCATE "${t}" CASCADE`),
        await sqlState(app, `DROP TABLE "${t}" CASCADE`),
      ];
    }
    expect(refused).toEqual(Object.fromEntries(tables.map((t) => [t, Array(5).fill(INSUFFICIENT_PRIVILEGE)])));
  });

  it('cannot create anything: no table in public, no temporary table, no function', async () => {
    expect(await sqlState(app, 'CREATE TABLE x (y int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'CREATE TABLE public.x (y int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'CREATE TEMP TABLE x (y int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'CREATE SCHEMA attacker')).toBe(INSUFFICIENT_PRIVILEGE);
    const [privileges] = (
      await owner.query(
        `SELECT has_schema_privilege($1, 'public', 'CREATE') AS schema, has_database_privilege($1, current_database(), 'CREATE') AS database, has_database_privilege($1, current_database(), 'TEMPORARY') AS temporary`,
        [APP_DATABASE_ROLE],
      )
    ).rows;
    expect(privileges).toEqual({ schema: false, database: false, temporary: false });
  });

  it('cannot reach the server: no COPY … TO PROGRAM, no server files', async () => {
    expect(await sqlState(app, `COPY (SELECT 1) TO PROGRAM 'true'`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, `COPY obligations FROM '/etc/hostname'`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, `SELECT pg_read_file('/etc/hostname')`)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('holds exactly the working grants on working tables, SELECT/INSERT on audit tables, nothing on migrations', async () => {
    const rows: { table: string; privileges: string[] }[] = (
      await owner.query(
        `SELECT tablename AS table,
                array(SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
                      WHERE has_table_privilege($1, format('public.%I', tablename), p)) AS privileges
         FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
        [APP_DATABASE_ROLE],
      )
    ).rows;
    const expected = (t: string) => (t === 'migrations' ? [] : isAuditTable(t) ? ['SELECT', 'INSERT'] : ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    expect(Object.fromEntries(rows.map((r) => [r.table, r.privileges]))).toEqual(Object.fromEntries(rows.map((r) => [r.table, expected(r.table)])));
  });

  it('may draw from and read the sequences it uses, never set them', async () => {
    const rows: { seq: string; usage: boolean; select: boolean; update: boolean }[] = (
      await owner.query(
        `SELECT c.relname AS seq, has_sequence_privilege($1, c.oid, 'USAGE') AS usage, has_sequence_privilege($1, c.oid, 'SELECT') AS select,
                has_sequence_privilege($1, c.oid, 'UPDATE') AS update
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = 'public' ORDER BY 1`,
        [APP_DATABASE_ROLE],
      )
    ).rows;
    expect(rows.map((r) => r.seq)).toEqual(expect.arrayContaining(['obligation_events_id_seq', 'obligations_change_seq', 'bodies_change_seq']));
    const appUses = (seq: string) => !seq.startsWith('migrations_');
    expect(rows).toEqual(rows.map((r) => ({ seq: r.seq, usage: appUses(r.seq), select: appUses(r.seq), update: false })));
    expect(await sqlState(app, `SELECT setval('obligations_change_seq', 1)`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await sqlState(app, 'SELECT * FROM migrations')).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('does the app’s work: CRUD on obligations (the reach/scope triggers and change counters included), SELECT/INSERT on obligation_events', async () => {
    const counter = async () => Number((await app.query(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM obligations_change_seq`)).rows[0].v);
    const [{ id: bodyId }] = (await app.query(`INSERT INTO bodies (name, jurisdiction, level, kind) VALUES ('权限测试局', 'T', '县市区', 'department') RETURNING id`)).rows;
    const [{ id: regulationId }] = (
      await app.query(
        `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text)
         VALUES ('R', 'T', 'plan', 'r', 'txt', md5(random()::text), '', '') RETURNING id`,
      )
    ).rows;
    const before = await counter();
    const [{ id }] = (
      await app.query(
        `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids) VALUES ($1, 't', 't', 'must', 'pending', '2026-12-01', ARRAY[$2::uuid]) RETURNING id`,
        [regulationId, bodyId],
      )
    ).rows;
    expect(await counter()).toBeGreaterThan(before);
    expect((await app.query('SELECT body_id FROM obligation_scopes WHERE obligation_id = $1', [id])).rows).toEqual([{ body_id: bodyId }]);
    await app.query(`UPDATE obligations SET status = 'in_progress' WHERE id = $1`, [id]);
    await app.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) VALUES ($1, 'status_changed', 'pending', 'in_progress')`, [id]);
    expect((await app.query('SELECT to_status FROM obligation_events WHERE obligation_id = $1', [id])).rows).toEqual([{ to_status: 'in_progress' }]);
    const [{ id: other }] = (await app.query(`INSERT INTO obligations (regulation_id, text, title, modality, status) VALUES ($1, 'u', 'u', 'must', 'draft') RETURNING id`, [regulationId])).rows;
    expect((await app.query('DELETE FROM obligations WHERE id = $1', [other])).rowCount).toBe(1);
    await app.query(`UPDATE bodies SET name = '权限测试局（改）' WHERE id = $1`, [bodyId]);
  });
});

describe('session limits on the app’s connections', () => {
  it('bounds every statement (DB_STATEMENT_TIMEOUT_MS, 5 s by default) and every idle transaction', async () => {
    const ds = await createAppDataSource(validateEnv({ ...process.env, DB_STATEMENT_TIMEOUT_MS: undefined })).initialize();
    try {
      expect(await ds.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '5s' }]);
      expect(await ds.query('SHOW idle_in_transaction_session_timeout')).toEqual([{ idle_in_transaction_session_timeout: '1min' }]);
      expect(await ds.query('SELECT current_user AS user')).toEqual([{ user: APP_DATABASE_ROLE }]);
    } finally {
      await ds.destroy();
    }
  });

  it('cancels a statement that runs past the configured limit (SQLSTATE 57014)', async () => {
    const ds = await createAppDataSource(validateEnv({ ...process.env, DB_STATEMENT_TIMEOUT_MS: '200' })).initialize();
    try {
      expect(await ds.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '200ms' }]);
      await expect(ds.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ name: 'QueryFailedError', code: '57014', message: expect.stringMatching(/statement timeout/) });
      expect(await ds.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]); // the pooled connection is still good
    } finally {
      await ds.destroy();
    }
  });

  it('leaves the owner’s connection (migrations) unbounded', async () => {
    const ds = await createDataSource(env.DATABASE_URL).initialize();
    try {
      expect(await ds.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '0' }]);
    } finally {
      await ds.destroy();
    }
  });
});
