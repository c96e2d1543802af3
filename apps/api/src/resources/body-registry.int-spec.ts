// Cleaning the body registry over HTTP: merge (obligations incl. lead/co/scopes, aliases, users,
// children move; events written; reminders then go to the merged body), rename keeping the
// extracted name, strike a name that is no body, and the hostile cases.
//   npx jest -c jest.int.config.cjs --runInBand apps/api/src/resources/body-registry.int-spec.ts
// (its own database luyue_test_bo_registry and Redis db 1, set below)
import { validateEnv } from '@luyue/config';
import { AppContext, RunReminderSweepUseCase, appSettingsFrom, reminderConfigFrom } from '@luyue/application';
import { createDataAccess } from '@luyue/persistence';
import { addDays, todayIn } from '@luyue/domain';
import { JURISDICTION, PASSWORD, bearer, type Fixture, type Harness, importSmallRegulation, login, startWithFixture, tokens, useOwnDatabase } from '@luyue/testing';
import { createApp } from '../app.factory';

type Tokens = Awaited<ReturnType<typeof tokens>>;

describe('body registry cleaning (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let t: Tokens;
  let regulationId: string;

  const body = async (name: string, parentId: string | null = fixture.bodies.root, jurisdiction = JURISDICTION) =>
    (await h.http().post('/api/bodies').set(bearer(t.admin)).send({ name, jurisdiction, level: '自治区', kind: 'department', parentId }).expect(201)).body.id as string;
  const user = async (email: string, bodyId: string, role = 'staff') =>
    (await h.http().post('/api/users').set(bearer(t.admin)).send({ email, name: email, password: PASSWORD, role, bodyId }).expect(201)).body.id as string;
  const obligation = async (lead: string[], co: string[], status = 'pending', due: string | null = null) =>
    (
      await h.ds.query(
        `INSERT INTO obligations (regulation_id, text, title, modality, status, lead_body_ids, co_body_ids, due_date, origin) VALUES ($1, 't', 't', 'must', $2, $3::uuid[], $4::uuid[], $5, 'manual') RETURNING id`,
        [regulationId, status, lead, co, due],
      )
    )[0].id as string;
  const row = async (id: string) =>
    (await h.ds.query('SELECT status, lead_body_ids AS lead, co_body_ids AS co, version FROM obligations WHERE id = $1', [id]))[0] as { status: string; lead: string[]; co: string[]; version: number };
  const scopes = async (id: string) => ((await h.ds.query('SELECT body_id FROM obligation_scopes WHERE obligation_id = $1', [id])) as { body_id: string }[]).map((r) => r.body_id).sort();
  const adminEvents = async (type: string, id: string) => h.ds.query(`SELECT data FROM obligation_events WHERE obligation_id IS NULL AND type = $1 AND data->>'id' = $2`, [type, id]);

  beforeAll(async () => {
    await useOwnDatabase('luyue_test_bo_registry', 'redis://127.0.0.1:6379/1');
    ({ h, fixture } = await startWithFixture(createApp));
    t = await tokens(h, fixture);
    await importSmallRegulation(h, t.admin);
    [{ id: regulationId }] = await h.ds.query('SELECT id FROM regulations');
    await h.ds.query('UPDATE regulations SET default_lead_body_id = $1', [fixture.bodies.ftz]);
  }, 180_000);
  afterAll(async () => h?.app.close());

  it('lists per body what it leads and where its name came from, duplicates of a bare name together', async () => {
    const bare = await body('交通运输部门');
    const full = await body('自治区交通运输部门');
    const res = await h.http().get('/api/body-registry').set(bearer(t.admin)).expect(200);
    const gwh = res.body.bodies.find((b: { id: string }) => b.id === fixture.bodies.gwh);
    expect(gwh.sources).toEqual([{ id: regulationId, title: '新疆维吾尔自治区口岸协作测试条例' }]);
    expect(gwh.manual).toBe(false);
    expect(gwh.ledCount).toBe(Number((await h.ds.query(`SELECT count(*) n FROM obligations WHERE $1 = ANY(lead_body_ids)`, [fixture.bodies.gwh]))[0].n));
    expect(gwh.ledCount).toBeGreaterThan(0);
    expect(res.body.bodies.find((b: { id: string }) => b.id === bare).manual).toBe(true);
    expect(res.body.duplicates).toContainEqual({ jurisdiction: JURISDICTION, bareName: '交通运输部门', ids: expect.arrayContaining([bare, full]) });
    await h.http().get('/api/body-registry').set(bearer(t.gwhManager)).expect(403);
  });

  it('merges a body: obligations (lead, co, scopes), aliases, users and children move; events recorded; reminders reach the merged body', async () => {
    const source = await body('口岸所在地交通运输部门');
    const target = await body('阿拉山口市交通运输局');
    const child = await body('口岸交通运输执法队', source);
    const movedUser = await user('moved.staff@test.local', source);
    const targetStaff = await user('target.staff@test.local', target);
    const env = validateEnv(process.env);
    const today = todayIn(env.APP_TIME_ZONE);
    const led = await obligation([source], [fixture.bodies.gwh], 'in_progress', addDays(today, 3));
    const both = await obligation([target], [source]);
    const partner = await obligation([fixture.bodies.ftz], [source, fixture.bodies.commerce]);
    expect(await scopes(led)).toContain(source);

    const res = await h.http().post(`/api/bodies/${source}/merge`).set(bearer(t.admin)).send({ intoId: target }).expect(200);
    expect(res.body).toEqual({ id: target, moved: { obligations: 3, users: 1, children: 1, regulations: 0 } });

    expect(await row(led)).toMatchObject({ status: 'in_progress', lead: [target], co: [fixture.bodies.gwh], version: 2 });
    expect(await row(both)).toMatchObject({ lead: [target], co: [] });
    expect(await row(partner)).toMatchObject({ lead: [fixture.bodies.ftz], co: [target, fixture.bodies.commerce] });
    expect(await scopes(led)).toContain(target);
    expect(await scopes(led)).not.toContain(source);
    const [merged] = await h.ds.query('SELECT aliases FROM bodies WHERE id = $1', [target]);
    expect(merged.aliases).toEqual(['口岸所在地交通运输部门']);
    expect((await h.ds.query('SELECT body_id FROM users WHERE id = $1', [movedUser]))[0].body_id).toBe(target);
    expect((await h.ds.query('SELECT parent_id FROM bodies WHERE id = $1', [child]))[0].parent_id).toBe(target);
    await h.http().get(`/api/bodies/${source}`).set(bearer(t.admin)).expect(404);

    const [event] = await adminEvents('body_merged', source);
    expect(event.data).toMatchObject({ into: target, moved: { obligations: 3, users: 1 }, changes: { name: { from: '口岸所在地交通运输部门', to: null } } });
    const assigned = await h.ds.query(`SELECT data FROM obligation_events WHERE obligation_id = $1 AND type = 'assigned'`, [led]);
    expect(assigned.map((e: { data: unknown }) => e.data)).toEqual([expect.objectContaining({ reason: 'body_merged', from: source, into: target, leadBodyIds: [target] })]);

    // The daily sweep: the due-soon reminder of the moved duty goes to the merged body's staff.
    const sweep = await new RunReminderSweepUseCase(new AppContext(createDataAccess(h.ds), appSettingsFrom(env)), reminderConfigFrom(env), { enqueueEmails: async (rows) => rows.length }).execute({
      today,
    });
    expect(sweep.created).toBeGreaterThan(0);
    const recipients = ((await h.ds.query(`SELECT recipient_user_id AS id FROM notifications WHERE obligation_id = $1 AND kind = 'due_soon'`, [led])) as { id: string }[]).map((r) => r.id).sort();
    expect(recipients).toEqual([movedUser, targetStaff].sort());

    // The moved user's old session ended (body change) and a new login works in the merged body.
    const token = await login(h, 'moved.staff@test.local');
    const visible = await h.http().get(`/api/obligations/${led}`).set(bearer(token)).expect(200);
    expect(visible.body.leadBodyIds).toEqual([target]);
  });

  it('renames a body to the real unit, keeping the extracted name as an alias that later imports resolve', async () => {
    const id = await body('交通部门');
    const res = await h.http().post(`/api/bodies/${id}/rename`).set(bearer(t.admin)).send({ name: ' 阿拉山口市交通局 ' }).expect(200);
    expect(res.body).toEqual({ id, name: '阿拉山口市交通局', aliases: ['交通部门'] });
    expect((await adminEvents('body_updated', id)).map((e: { data: { changes: unknown } }) => e.data.changes)).toContainEqual({
      name: { from: '交通部门', to: '阿拉山口市交通局' },
      aliases: { from: [], to: ['交通部门'] },
    });
    const text = '新疆维吾尔自治区交通协作测试条例\n\n第一条 为了规范交通协作，制定本条例。\n第二条 交通部门应当加强口岸道路养护。\n';
    const imported = await h.http().post('/api/regulations/import').set(bearer(t.admin)).send({ text, fileName: 'traffic.txt', jurisdiction: JURISDICTION }).expect(201);
    const [draft] = await h.ds.query(`SELECT lead_body_ids AS lead FROM obligations WHERE regulation_id = $1 AND article = 2`, [imported.body.id]);
    expect(draft.lead).toEqual([id]);
    // The name of another body of the jurisdiction: 409, nothing changed.
    await h.http().post(`/api/bodies/${id}/rename`).set(bearer(t.admin)).send({ name: '自治区商务部门' }).expect(409);
    expect((await h.ds.query('SELECT name FROM bodies WHERE id = $1', [id]))[0].name).toBe('阿拉山口市交通局');
  });

  it('strikes a name that is no body: its duties fall back to the default lead body and go back to review', async () => {
    const id = await body('制定机关');
    const child = await body('制定机关办公室', id);
    const alone = await obligation([id], [], 'in_progress');
    const shared = await obligation([id, fixture.bodies.gwh], [], 'acknowledged');
    const partner = await obligation([fixture.bodies.gwh], [id], 'pending');
    const done = await obligation([id], [], 'done');

    const res = await h.http().post(`/api/bodies/${id}/not-a-body`).set(bearer(t.admin)).expect(200);
    expect(res.body).toEqual({ id, returnedToReview: 2, reassigned: 4 });
    expect(await row(alone)).toMatchObject({ status: 'draft', lead: [fixture.bodies.ftz], co: [] });
    expect(await row(shared)).toMatchObject({ status: 'draft', lead: [fixture.bodies.gwh] });
    expect(await row(partner)).toMatchObject({ status: 'pending', lead: [fixture.bodies.gwh], co: [] });
    expect(await row(done)).toMatchObject({ status: 'done', lead: [fixture.bodies.ftz] });
    const back = await h.ds.query(`SELECT from_status, to_status FROM obligation_events WHERE obligation_id = $1 AND type = 'status_changed'`, [alone]);
    expect(back).toEqual([{ from_status: 'in_progress', to_status: 'draft' }]);
    expect((await h.ds.query('SELECT parent_id FROM bodies WHERE id = $1', [child]))[0].parent_id).toBe(fixture.bodies.root);
    expect(await h.ds.query('SELECT id FROM bodies WHERE id = $1', [id])).toEqual([]);
    expect(await adminEvents('body_not_a_body', id)).toHaveLength(1);
    // The review queue (drafts) shows them again.
    const drafts = await h
      .http()
      .get(`/api/obligations?filter=${encodeURIComponent(JSON.stringify({ status: 'draft', id: [alone, shared] }))}`)
      .set(bearer(t.admin))
      .expect(200);
    expect(drafts.body).toHaveLength(2);
  });

  it('hostile input: other roles, missing and malformed ids, itself, its descendant, another jurisdiction, users still attached, prototype names', async () => {
    const a = await body('测试单位甲');
    const a1 = await body('测试单位甲下属', a);
    const other = await body('测试单位乙', null, '内蒙古自治区');
    for (const token of [t.gwhManager, t.gwhStaff, t.rootManager]) {
      await h.http().post(`/api/bodies/${a}/merge`).set(bearer(token)).send({ intoId: fixture.bodies.gwh }).expect(403);
      await h.http().post(`/api/bodies/${a}/rename`).set(bearer(token)).send({ name: 'x' }).expect(403);
      await h.http().post(`/api/bodies/${a}/not-a-body`).set(bearer(token)).expect(403);
    }
    await h.http().post(`/api/bodies/${a}/merge`).send({ intoId: fixture.bodies.gwh }).expect(401);
    const merge = (id: string, intoId: unknown) => h.http().post(`/api/bodies/${id}/merge`).set(bearer(t.admin)).send({ intoId });
    expect((await merge(a, a).expect(400)).body.message).toMatch(/itself/);
    expect((await merge(a, a1).expect(400)).body.message).toMatch(/descendants/);
    await merge(a, other).expect(400);
    await merge(a, '00000000-0000-4000-8000-000000000000').expect(404);
    await merge('00000000-0000-4000-8000-000000000000', a).expect(404);
    await merge("x' OR 1=1 --", a).expect(404);
    await merge(a, "x' OR 1=1 --").expect(400);
    await merge(a, ['a', 'b']).expect(400);
    const poisoned = `{"intoId":"${fixture.bodies.gwh}","__proto__":{"intoId":"${a1}"}}`;
    await h.http().post(`/api/bodies/${a}/merge`).set(bearer(t.admin)).set('content-type', 'application/json').send(poisoned).expect(400);
    expect(({} as Record<string, unknown>)['intoId']).toBeUndefined();
    expect(await h.ds.query('SELECT id FROM bodies WHERE id = $1', [a])).toHaveLength(1);
    await h.http().post(`/api/bodies/${a}/rename`).set(bearer(t.admin)).send({ name: '' }).expect(400);
    await h
      .http()
      .post(`/api/bodies/${a}/rename`)
      .set(bearer(t.admin))
      .send({ name: { $ne: 1 } })
      .expect(400);
    // Users belong to 管委会: it cannot be struck (409), and nothing moved.
    const before = await h.ds.query('SELECT count(*) n FROM obligations WHERE $1 = ANY(lead_body_ids)', [fixture.bodies.gwh]);
    await h.http().post(`/api/bodies/${fixture.bodies.gwh}/not-a-body`).set(bearer(t.admin)).expect(409);
    expect(await h.ds.query('SELECT count(*) n FROM obligations WHERE $1 = ANY(lead_body_ids)', [fixture.bodies.gwh])).toEqual(before);
    // Prototype names are names like any other: stored, listed, grouped.
    const proto = await body('__proto__');
    await body('constructor');
    await h.http().post(`/api/bodies/${a1}/rename`).set(bearer(t.admin)).send({ name: 'hasOwnProperty' }).expect(200);
    const registry = await h.http().get('/api/body-registry').set(bearer(t.admin)).expect(200);
    const names = registry.body.bodies.map((b: { name: string }) => b.name);
    expect(names).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'hasOwnProperty']));
    expect(registry.body.bodies.find((b: { id: string }) => b.id === proto).bareName).toBe('__proto__');
    // Merging the untouched ones still works after all that.
    await merge(a1, a).expect(200);
    expect((await h.ds.query('SELECT aliases FROM bodies WHERE id = $1', [a]))[0].aliases).toEqual(['hasOwnProperty', '测试单位甲下属']);
  });
});
