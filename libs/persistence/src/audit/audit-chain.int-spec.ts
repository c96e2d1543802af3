import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { eventHash } from '@luyue/domain';
import { verifyAuditTrail } from '@luyue/application';
import { SqlAuditChainReads } from './audit-chain.sql-reads';
import { ALL_MIGRATIONS } from '../migrations';
import { createAppDataSource, createDataSource } from '../data-source';

// Migration 1764600000000: every insert into obligation_events is chained by the trigger (as the
// app role, which may only SELECT and INSERT there), the JavaScript hash equals the trigger's,
// concurrent writers of one chain take turns, and existing rows are chained by the migration.
describe('audit chain (trigger, JavaScript hash, concurrency, backfill)', () => {
  let app: DataSource;
  let owner: DataSource;
  let regulationId: string;

  const obligation = async (): Promise<string> =>
    (await app.query(`INSERT INTO obligations (regulation_id, text, title, modality, status) VALUES ($1, 't', 't', 'must', 'pending') RETURNING id`, [regulationId]))[0].id;
  const addEvent = (db: { query: DataSource['query'] }, obligationId: string | null, fields: { type?: string; note?: string | null; data?: unknown } = {}) =>
    db.query(`INSERT INTO obligation_events (obligation_id, type, note, data) VALUES ($1, $2, $3, $4::jsonb)`, [
      obligationId,
      fields.type ?? 'progress_reported',
      fields.note ?? null,
      JSON.stringify(fields.data ?? (obligationId ? {} : { entity: 'user', id: 'x', changes: {} })),
    ]);
  const chainOf = async (obligationId: string) =>
    owner.query(`SELECT id::text, chain_seq::text AS seq, prev_hash AS "prevHash", hash FROM obligation_events WHERE obligation_id = $1 ORDER BY chain_seq`, [obligationId]);

  beforeAll(async () => {
    const env = validateEnv(process.env);
    app = await createAppDataSource(env).initialize();
    owner = await createDataSource(env.DATABASE_URL).initialize();
  });

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  beforeEach(async () => {
    await owner.query('TRUNCATE notifications, obligation_events, obligations, regulations, users, bodies RESTART IDENTITY CASCADE');
    [{ id: regulationId }] = await app.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'sha', '', '') RETURNING id`,
    );
  });

  it('chains each obligation and the admin events separately, whatever the insert says', async () => {
    const a = await obligation();
    const b = await obligation();
    await addEvent(app, a);
    await addEvent(app, b);
    await addEvent(app, null, { type: 'user_created' });
    // A writer cannot choose its own link.
    await app.query(`INSERT INTO obligation_events (obligation_id, type, chain_seq, prev_hash, hash) VALUES ($1, 'created', 99, 'x', 'y')`, [a]);
    const chainA = await chainOf(a);
    expect(chainA.map((e: { seq: string }) => e.seq)).toEqual(['1', '2']);
    expect(chainA[0].prevHash).toBeNull();
    expect(chainA[1].prevHash).toBe(chainA[0].hash);
    expect((await chainOf(b)).map((e: { seq: string }) => e.seq)).toEqual(['1']);
    const [admin] = await owner.query(`SELECT chain_seq::text AS seq, prev_hash AS "prevHash" FROM obligation_events WHERE obligation_id IS NULL`);
    expect(admin).toEqual({ seq: '1', prevHash: null });
    expect(await verifyAuditTrail(new SqlAuditChainReads(owner))).toMatchObject({ ok: true, events: 4, chains: 3 });
  });

  it('computes in JavaScript exactly the hash the trigger stores, for awkward values', async () => {
    const a = await obligation();
    const notes = [null, '', '签收\n第二行', 'quote \' " \\ backslash', 'tab\there', '😀 emoji', 'x:1:y\ndata:-'];
    for (const note of notes) await addEvent(app, a, { note, data: { z: 1, a: [1.5, 'ü', null], nested: { b: true, aa: 1e21 } } });
    await app.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status, actor_id) VALUES ($1, 'status_changed', 'pending', 'acknowledged', NULL)`, [a]);
    const rows = await owner.query(
      `SELECT id::text AS id, obligation_id::text AS "obligationId", type, from_status AS "fromStatus", to_status AS "toStatus", actor_id::text AS "actorId", note,
              data::text AS data, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt", chain_seq::text AS "chainSeq", prev_hash AS "prevHash", hash
       FROM obligation_events ORDER BY chain_seq`,
    );
    expect(rows).toHaveLength(notes.length + 1);
    for (const { hash, ...row } of rows) expect(eventHash(row)).toBe(hash);
    // ... whatever the session's time zone.
    await owner.query(`SET TIME ZONE 'Asia/Shanghai'`);
    try {
      expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).ok).toBe(true);
    } finally {
      await owner.query(`SET TIME ZONE 'UTC'`);
    }
  });

  it('keeps one chain intact under 20 concurrent transactions on one obligation (and on the admin chain)', async () => {
    const a = await obligation();
    await addEvent(app, a);
    const writers = Array.from({ length: 20 }, (_, i) =>
      app.transaction(async (m) => {
        // Each transaction holds its snapshot a while before and after the insert, so they overlap.
        await m.query('SELECT pg_sleep(0.02 * random())');
        await addEvent(m, a, { note: `writer ${i}` });
        await addEvent(m, null, { type: 'user_updated' });
        await m.query('SELECT pg_sleep(0.05 * random())');
      }),
    );
    await Promise.all(writers);
    const chain = await chainOf(a);
    expect(chain.map((e: { seq: string }) => Number(e.seq))).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(await verifyAuditTrail(new SqlAuditChainReads(owner))).toMatchObject({ ok: true, events: 41, chains: 2 });
  });

  it('one transaction appending to many chains holds no lock-table entry per obligation (the table is shared and small)', async () => {
    const ids: string[] = (
      await app.query(`INSERT INTO obligations (regulation_id, text, title, modality, status) SELECT $1, 't', 't', 'must', 'pending' FROM generate_series(1, 300) RETURNING id`, [regulationId])
    ).map((r: { id: string }) => r.id);
    const held = await app.transaction(async (m) => {
      await m.query(`INSERT INTO obligation_events (obligation_id, type) SELECT unnest($1::uuid[]), 'progress_reported'`, [ids]);
      return Number((await m.query(`SELECT count(*) AS n FROM pg_locks WHERE pid = pg_backend_pid() AND locktype IN ('advisory', 'tuple')`))[0].n);
    });
    expect(held).toBe(0);
    expect(await verifyAuditTrail(new SqlAuditChainReads(owner))).toMatchObject({ ok: true, events: 300, chains: 300 });
  });

  it('a multi-row insert chains its rows in turn', async () => {
    const a = await obligation();
    await app.query(`INSERT INTO obligation_events (obligation_id, type) SELECT $1, 'progress_reported' FROM generate_series(1, 50)`, [a]);
    expect((await chainOf(a)).map((e: { seq: string }) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner), { pageSize: 7 })).ok).toBe(true);
  });

  it('the app role cannot update the chain columns either', async () => {
    const a = await obligation();
    await addEvent(app, a);
    await expect(app.query(`UPDATE obligation_events SET hash = 'x'`)).rejects.toThrow(/permission denied/);
  });

  it('names what an owner changed: an edited row, a recomputed row, a deleted row, a row written around the trigger', async () => {
    const a = await obligation();
    for (let i = 0; i < 4; i++) await addEvent(app, a, { note: `n${i}` });
    const [second, third] = (await chainOf(a)).slice(1, 3);
    const asOwner = (sql: string, params: unknown[] = []) =>
      owner.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`); // the owner switches the append-only trigger off
        await m.query(sql, params);
      });

    await asOwner(`UPDATE obligation_events SET note = 'rewritten' WHERE id = $1`, [second.id]);
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).broken).toMatchObject({ kind: 'hash_mismatch', eventId: second.id, obligationId: a });

    // Recomputing that row's hash with the database's own function moves the break to the next link.
    await asOwner(
      `UPDATE obligation_events e SET hash = obligation_event_hash(e.id, e.obligation_id, e.type, e.from_status, e.to_status, e.actor_id, e.note, e.data, e.created_at, e.chain_seq, e.prev_hash) WHERE id = $1`,
      [second.id],
    );
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).broken).toMatchObject({ kind: 'prev_hash_mismatch', eventId: third.id });

    await owner.query('TRUNCATE obligation_events');
    for (let i = 0; i < 4; i++) await addEvent(app, a, { note: `n${i}` });
    const chain = await chainOf(a);
    await asOwner(`DELETE FROM obligation_events WHERE id = $1`, [chain[1].id]);
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).broken).toMatchObject({ kind: 'seq_gap', eventId: chain[2].id, expected: '2', found: '3' });

    await owner.query('TRUNCATE obligation_events');
    await addEvent(app, a);
    await owner.query('ALTER TABLE obligation_events ALTER COLUMN chain_seq DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL');
    try {
      await asOwner(`INSERT INTO obligation_events (obligation_id, type) VALUES ($1, 'created')`, [a]);
      expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).broken).toMatchObject({ kind: 'unchained', obligationId: a });
    } finally {
      await owner.query('TRUNCATE obligation_events');
      await owner.query('ALTER TABLE obligation_events ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN hash SET NOT NULL');
    }
  });

  it('with anchors from an earlier run, a deleted tail is reported', async () => {
    const a = await obligation();
    for (let i = 0; i < 3; i++) await addEvent(app, a);
    const anchors = (await verifyAuditTrail(new SqlAuditChainReads(owner))).heads;
    const [last] = (await chainOf(a)).slice(-1);
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).ok).toBe(true);
    await owner.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`DELETE FROM obligation_events WHERE id = $1`, [last.id]);
    });
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner))).ok).toBe(true); // without anchors, a cut tail looks like a shorter chain
    expect((await verifyAuditTrail(new SqlAuditChainReads(owner), { anchors })).broken).toMatchObject({ kind: 'truncated', obligationId: a, expected: '3', found: '2' });
  });

  it('the migration chains the rows that existed before it, per obligation in id order', async () => {
    const a = await obligation();
    const b = await obligation();
    const runner = owner.createQueryRunner();
    const AuditChain = ALL_MIGRATIONS.find((m) => m.name === 'AuditChain1764600000000') as (typeof ALL_MIGRATIONS)[number];
    const migration = new AuditChain();
    // A later migration replaces the trigger's function; it is applied again after the backfill.
    const RowLock = ALL_MIGRATIONS.find((m) => m.name === 'AuditChainRowLock1764980000000') as (typeof ALL_MIGRATIONS)[number];
    try {
      await runner.startTransaction();
      await migration.down(runner);
      for (const id of [a, b, a, a, b]) await runner.query(`INSERT INTO obligation_events (obligation_id, type, note) VALUES ($1, 'created', 'before')`, [id]);
      await migration.up(runner);
      await new RowLock().up(runner);
      await runner.commitTransaction();
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
    expect((await chainOf(a)).map((e: { id: string; seq: string }) => [e.id, e.seq])).toEqual([
      ['1', '1'],
      ['3', '2'],
      ['4', '3'],
    ]);
    await addEvent(app, a);
    expect((await chainOf(a)).map((e: { seq: string }) => e.seq)).toEqual(['1', '2', '3', '4']);
    expect(await verifyAuditTrail(new SqlAuditChainReads(owner))).toMatchObject({ ok: true, events: 6, chains: 2 });
  });
});
