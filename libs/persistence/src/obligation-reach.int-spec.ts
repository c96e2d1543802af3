import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { createAppDataSource, createDataSource } from './data-source';

// Migration 1764400000000: reach_body_ids (lead and co bodies with their ancestors) and the
// per-body obligation_scopes rows the list reads must follow every change that moves them, and
// the change counters must move with every write.

// As the app role: the triggers run with the rights of whoever writes (luyue_app), and must work so.
describe('obligation reach, scope rows and change counters', () => {
  let ds: DataSource;
  let owner: DataSource; // TRUNCATE is the owner's
  let regulationId: string;

  const body = async (name: string, parentId: string | null = null, id?: string): Promise<string> =>
    (
      await ds.query(`INSERT INTO bodies (id, name, jurisdiction, level, kind, parent_id) VALUES (coalesce($3::uuid, gen_random_uuid()), $1, 'T', '县市区', 'department', $2) RETURNING id`, [
        name,
        parentId,
        id ?? null,
      ])
    )[0].id;
  const obligation = async (lead: string[], co: string[] = []): Promise<string> =>
    (
      await ds.query(
        `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, co_body_ids)
         VALUES ($1, 't', 't', 'must', 'pending', '2026-12-01', $2::uuid[], $3::uuid[]) RETURNING id`,
        [regulationId, lead, co],
      )
    )[0].id;
  const reach = async (id: string): Promise<string[]> => (await ds.query(`SELECT reach_body_ids AS r FROM obligations WHERE id = $1`, [id]))[0].r;
  const scopes = async (id: string): Promise<{ bodyId: string; status: string; dueDate: string | null }[]> =>
    ds.query(`SELECT body_id AS "bodyId", status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM obligation_scopes WHERE obligation_id = $1 ORDER BY body_id`, [id]);
  const counter = async (table: string): Promise<number> => Number((await ds.query(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM ${table}_change_seq`))[0].v);
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    const env = validateEnv(process.env);
    ds = await createAppDataSource(env).initialize();
    owner = await createDataSource(env.DATABASE_URL).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await owner.destroy();
  });

  beforeEach(async () => {
    await owner.query('TRUNCATE notifications, obligation_events, obligations, regulations, users, bodies CASCADE');
    [{ id: regulationId }] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'sha', '', '') RETURNING id`,
    );
  });

  it('reaches the lead and co bodies and all their ancestors, one scope row each', async () => {
    const root = await body('自治区');
    const prefecture = await body('州', root);
    const county = await body('县', prefecture);
    const other = await body('厅', root);
    const id = await obligation([county], [other]);
    expect(await reach(id)).toEqual(sorted([county, prefecture, root, other]));
    expect(await scopes(id)).toEqual(sorted([county, prefecture, root, other]).map((bodyId) => ({ bodyId, status: 'pending', dueDate: '2026-12-01' })));
  });

  // An import writes its drafts 200 rows to a statement: each row gets its own scope rows.
  it('gives each row of a many-row INSERT its own scope rows and lead flags', async () => {
    const root = await body('自治区');
    const a = await body('甲', root);
    const b = await body('乙', root);
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, co_body_ids)
       VALUES ($1, 't', 't', 'must', 'pending', '2026-12-01', $2::uuid[], $3::uuid[]),
              ($1, 't', 't', 'must', 'draft', NULL, $3::uuid[], '{}'),
              ($1, 't', 't', 'must', 'done', '2026-11-01', '{}', '{}')
       RETURNING id`,
      [regulationId, [a], [b]],
    );
    const flags = async (id: string) => ds.query(`SELECT body_id AS "bodyId", lead, status FROM obligation_scopes WHERE obligation_id = $1 ORDER BY body_id`, [id]);
    expect(await flags(rows[0].id)).toEqual(sorted([a, b, root]).map((bodyId) => ({ bodyId, lead: bodyId === a, status: 'pending' })));
    expect(await flags(rows[1].id)).toEqual(sorted([b, root]).map((bodyId) => ({ bodyId, lead: bodyId === b, status: 'draft' })));
    expect(await flags(rows[2].id)).toEqual([]);
    expect(Number((await ds.query('SELECT count(*) AS n FROM obligation_scopes'))[0].n)).toBe(5);
  });

  it('follows reassignment, status and due date changes, and deletion', async () => {
    const root = await body('自治区');
    const a = await body('甲', root);
    const b = await body('乙', root);
    const id = await obligation([a]);
    await ds.query(`UPDATE obligations SET status = 'in_progress', due_date = '2027-01-15' WHERE id = $1`, [id]);
    expect((await scopes(id)).map((s) => [s.status, s.dueDate])).toEqual([
      ['in_progress', '2027-01-15'],
      ['in_progress', '2027-01-15'],
    ]);
    await ds.query(`UPDATE obligations SET lead_body_ids = ARRAY[$2::uuid] WHERE id = $1`, [id, b]);
    expect(await reach(id)).toEqual(sorted([b, root]));
    expect((await scopes(id)).map((s) => s.bodyId)).toEqual(sorted([b, root]));
    await ds.query(`DELETE FROM obligations WHERE id = $1`, [id]);
    expect(await scopes(id)).toEqual([]);
  });

  it('follows a body moved to another parent', async () => {
    const root = await body('自治区');
    const p1 = await body('州一', root);
    const p2 = await body('州二', root);
    const county = await body('县', p1);
    const id = await obligation([county]);
    await ds.query(`UPDATE bodies SET parent_id = $2 WHERE id = $1`, [county, p2]);
    expect(await reach(id)).toEqual(sorted([county, p2, root]));
    expect((await scopes(id)).map((s) => s.bodyId)).toEqual(sorted([county, p2, root]));
  });

  it('reaches a body created after the obligation that names it', async () => {
    const root = await body('自治区');
    const later = '7d1c3a52-5b0e-4d1e-9a55-0c5a3b2f1e01';
    const id = await obligation([later]);
    expect(await reach(id)).toEqual([later]);
    await body('新设机构', root, later);
    expect(await reach(id)).toEqual(sorted([later, root]));
    expect((await scopes(id)).map((s) => s.bodyId)).toEqual(sorted([later, root]));
  });

  it('moves the change counters once per writing statement', async () => {
    const beforeBodies = await counter('bodies');
    const root = await body('自治区');
    expect(await counter('bodies')).toBe(beforeBodies + 1);
    const beforeObligations = await counter('obligations');
    const id = await obligation([root]);
    await ds.query(`UPDATE obligations SET title = 'x' WHERE id = $1`, [id]);
    await ds.query(`UPDATE obligations SET title = 'y' WHERE false`);
    expect(await counter('obligations')).toBe(beforeObligations + 3);
  });
});
