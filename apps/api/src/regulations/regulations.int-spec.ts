import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '@luyue/regulation-parser';
import { extractObligations } from '@luyue/obligation-extractor';
import { bearer, type Fixture, type Harness, JURISDICTION, login, SMALL_REGULATION, startWithFixture } from '@luyue/testing';
import { createApp } from '../app.factory';

const SEED_DIR = join(process.cwd(), 'ops/seed');

describe('regulation import (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let admin: string;

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    admin = await login(h, fixture.users.admin.email);
  }, 180_000);
  afterAll(async () => h.app.close());

  const count = async (table: string) => Number((await h.ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it.each(
    readdirSync(SEED_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  )('imports seed %s with as many drafts as the extractor finds', async (fileName) => {
    const text = readFileSync(join(SEED_DIR, fileName), 'utf8');
    const expected = extractObligations(parseText(text, { fileName }));
    const res = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text, fileName }).expect(201);
    expect(res.body).toMatchObject({ title: expected.document.title, obligationCount: expected.obligations.length, unitCount: expected.unitCount });
    expect(res.body.jurisdiction).toBe(fileName.startsWith('004') ? '内蒙古自治区' : '新疆维吾尔自治区');
    const [{ n, drafts, events }] = await h.ds.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'draft')::int AS drafts,
         (SELECT count(*)::int FROM obligation_events e WHERE e.obligation_id IN (SELECT id FROM obligations WHERE regulation_id = $1) AND e.type = 'created') AS events
       FROM obligations WHERE regulation_id = $1`,
      [res.body.id],
    );
    expect({ n, drafts, events }).toEqual({ n: expected.obligations.length, drafts: expected.obligations.length, events: expected.obligations.length });

    const provisions = await h
      .http()
      .get(`/api/provisions?filter=${encodeURIComponent(JSON.stringify({ regulationId: res.body.id, level: 'unit' }))}&range=[0,0]`)
      .set(bearer(admin))
      .expect(200);
    expect(provisions.headers['content-range']).toMatch(new RegExp(`^provisions 0-0/${expected.unitCount}$`));
  });

  it('answers 409 with the existing id when the same file is imported again', async () => {
    const text = readFileSync(join(SEED_DIR, readdirSync(SEED_DIR).sort()[0]), 'utf8');
    const [existing] = await h.ds.query('SELECT id FROM regulations ORDER BY created_at LIMIT 1');
    const before = await count('obligations');
    const res = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text, fileName: 'again.txt' }).expect(409);
    expect(res.body).toMatchObject({ code: 'duplicate', details: { id: existing.id } });
    expect(await count('obligations')).toBe(before);
  });

  it('previews with dryRun=true without saving anything', async () => {
    const before = await Promise.all(['regulations', 'provisions', 'obligations'].map(count));
    const res = await h.http().post('/api/regulations/import?dryRun=true').set(bearer(admin)).send({ text: SMALL_REGULATION, fileName: 'small.txt' }).expect(201);
    expect(Object.keys(res.body).sort()).toEqual(['document', 'obligations', 'units', 'unresolvedSubjects']);
    expect(res.body.document.jurisdiction).toBe(JURISDICTION);
    const art3 = res.body.obligations.find((o: { article: number }) => o.article === 3);
    expect(art3.leadBodyIds).toEqual([fixture.bodies.gwh]); // 管委会 resolved through the regulation's alias table
    expect(art3.coBodyIds).toEqual([fixture.bodies.commerce]);
    expect(res.body.unresolvedSubjects).toContain('有关部门');
    expect(await Promise.all(['regulations', 'provisions', 'obligations'].map(count))).toEqual(before);
  });

  it('imports a multipart upload with form fields', async () => {
    const res = await h
      .http()
      .post('/api/regulations/import')
      .set(bearer(admin))
      .field('jurisdiction', JURISDICTION)
      .field('kind', 'local_regulation')
      .field('defaultLeadBodyId', fixture.bodies.root)
      .attach('file', Buffer.from(SMALL_REGULATION, 'utf8'), 'small.txt')
      .expect(201);
    expect(res.body).toMatchObject({ title: '新疆维吾尔自治区口岸协作测试条例', unitCount: 7, unresolvedSubjects: ['有关部门'] });
    const one = await h.http().get(`/api/regulations/${res.body.id}`).set(bearer(admin)).expect(200);
    expect(one.body).toMatchObject({ defaultLeadBodyId: fixture.bodies.root, kind: 'local_regulation', obligationCount: res.body.obligationCount });
  });

  it('refuses unparseable input with the parser message and saves nothing (400 / 415)', async () => {
    const before = await count('regulations');
    const empty = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text: ' \n\u3000\n', fileName: 'blank.txt' }).expect(400);
    expect(empty.body.message).toContain('blank.txt');
    // Paragraphs are read for duties; a text with neither units nor duties has nothing to track.
    const nothing = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text: '只有一段说明文字，没有任何条款。', fileName: 'plain.txt', jurisdiction: JURISDICTION }).expect(400);
    expect(nothing.body).toMatchObject({ code: 'validation_failed', details: { parseError: 'nothing_found', fileName: 'plain.txt' } });
    const binary = await h
      .http()
      .post('/api/regulations/import')
      .set(bearer(admin))
      .attach('file', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00]), 'blob.bin')
      .expect(415);
    expect(binary.body.code).toBe('unsupported_type');
    expect(await count('regulations')).toBe(before);
  });

  it('lets only admins import (403) and lists regulations with Content-Range', async () => {
    const staff = await login(h, fixture.users.gwhStaff.email);
    await h.http().post('/api/regulations/import').set(bearer(staff)).send({ text: SMALL_REGULATION, fileName: 'x.txt' }).expect(403);
    const list = await h.http().get('/api/regulations?sort=["title","ASC"]&range=[0,2]').set(bearer(staff)).expect(200);
    expect(list.body).toHaveLength(3);
    expect(list.headers['content-range']).toBe('regulations 0-2/6');
    await h.http().get('/api/regulations?sort=["rawText","ASC"]').set(bearer(staff)).expect(400);
  });
  it('imports a task-division plan: lead bodies from 牵头, co bodies from 配合, the due date from 完成时限', async () => {
    const plan = [
      '自治区口岸协作重点任务分工方案',
      '一、提升通关效率',
      '1．建立口岸通关协调机制，统筹解决通关难题。（牵头单位：管委会；配合单位：自治区商务部门；完成时限：2027年6月底前）',
      '二、优化营商服务',
      '2．编制外贸企业服务清单。2027年底前完成清单发布。（自贸办牵头，自治区商务部门配合）',
    ].join('\n');
    const res = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text: plan, fileName: 'plan.txt', jurisdiction: JURISDICTION }).expect(201);
    expect(res.body).toMatchObject({ unitCount: 2, unresolvedSubjects: [] });
    const rows: Array<{ article: number; lead: string[]; co: string[]; due: string | null }> = await h.ds.query(
      `SELECT article, lead_body_ids AS lead, co_body_ids AS co, to_char(due_date, 'YYYY-MM-DD') AS due FROM obligations WHERE regulation_id = $1 ORDER BY article, paragraph`,
      [res.body.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows.filter((r) => r.article === 1)) {
      expect(row).toMatchObject({ lead: [fixture.bodies.gwh], co: [fixture.bodies.commerce], due: '2027-06-30' });
    }
    const task2 = rows.filter((r) => r.article === 2);
    expect(task2.map((r) => r.due)).toContain('2027-12-31');
    for (const row of task2) expect(row).toMatchObject({ lead: [fixture.bodies.ftz], co: [fixture.bodies.commerce] });
  });

  it('imports a notice without numbered units: its duties have no article', async () => {
    const notice = '关于做好口岸疫情防控工作的通知\n\n管委会应当加强口岸人员健康监测，自贸办应当做好物资保障工作。';
    const res = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text: notice, fileName: 'notice.txt', jurisdiction: JURISDICTION }).expect(201);
    expect(res.body.unitCount).toBe(0);
    const rows: Array<{ article: number | null; lead: string[] }> = await h.ds.query('SELECT article, lead_body_ids AS lead FROM obligations WHERE regulation_id = $1 ORDER BY paragraph, created_at', [
      res.body.id,
    ]);
    expect(rows.map((r) => r.article)).toEqual(rows.map(() => null));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flatMap((r) => r.lead)).toContain(fixture.bodies.gwh);
  });

  it('names the regulation on every obligation: the title and a 简称 derived from it, which an admin may edit', async () => {
    const res = await h
      .http()
      .post('/api/regulations/import')
      .set(bearer(admin))
      .send({ text: SMALL_REGULATION.replace('口岸协作测试条例', '口岸简称测试条例'), fileName: 'short.txt' })
      .expect(201);
    const regulation = await h.http().get(`/api/regulations/${res.body.id}`).set(bearer(admin)).expect(200);
    expect(regulation.body).toMatchObject({ title: '新疆维吾尔自治区口岸简称测试条例', shortTitle: '《口岸简称测试条例》' });
    const filter = encodeURIComponent(JSON.stringify({ regulationId: res.body.id }));
    const itemsOf = async () =>
      (await h.http().get(`/api/obligations?filter=${filter}`).set(bearer(admin)).expect(200)).body as { id: string; regulationTitle: string; regulationShortTitle: string }[];
    const items = await itemsOf();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatchObject({ regulationTitle: '新疆维吾尔自治区口岸简称测试条例', regulationShortTitle: '《口岸简称测试条例》' });

    const edited = await h.http().put(`/api/regulations/${res.body.id}`).set(bearer(admin)).send({ shortTitle: '《简称条例》' }).expect(200);
    expect(edited.body.shortTitle).toBe('《简称条例》');
    const one = await h.http().get(`/api/obligations/${items[0].id}`).set(bearer(admin)).expect(200);
    expect(one.body.regulationShortTitle).toBe('《简称条例》');
    // A corrected title keeps the admin's 简称; clearing it derives it again from the title.
    await h.http().put(`/api/regulations/${res.body.id}`).set(bearer(admin)).send({ title: '新疆维吾尔自治区口岸别名条例' }).expect(200);
    expect((await itemsOf())[0]).toMatchObject({ regulationTitle: '新疆维吾尔自治区口岸别名条例', regulationShortTitle: '《简称条例》' });
    const cleared = await h.http().put(`/api/regulations/${res.body.id}`).set(bearer(admin)).send({ shortTitle: null }).expect(200);
    expect(cleared.body.shortTitle).toBe('《口岸别名条例》');

    const events = await h
      .http()
      .get(`/api/admin-events?filter=${encodeURIComponent(JSON.stringify({ entity: 'regulation', entityId: res.body.id }))}`)
      .set(bearer(admin))
      .expect(200);
    expect(events.body.map((e: { type: string; changes: Record<string, unknown> }) => Object.keys(e.changes).sort())).toEqual(expect.arrayContaining([['shortTitle'], ['title'], ['shortTitle']]));
    expect(events.body).toHaveLength(3);
  });

  it('refuses edits of a regulation by non-admins, bad values and empty titles; strips undeclared keys', async () => {
    const [{ id, title }] = await h.ds.query('SELECT id, title FROM regulations ORDER BY created_at LIMIT 1');
    const manager = await login(h, fixture.users.gwhManager.email);
    await h.http().put(`/api/regulations/${id}`).set(bearer(manager)).send({ shortTitle: '《x》' }).expect(403);
    const [{ rawText }] = await h.ds.query('SELECT raw_text AS "rawText" FROM regulations WHERE id = $1', [id]);
    // Undeclared keys are stripped (the api's one rule); prototype keys are refused by the JSON parser.
    await h.http().put(`/api/regulations/${id}`).set(bearer(admin)).send({ raw_text: 'x', rawText: 'x' }).expect(200);
    const proto = await h
      .http()
      .put(`/api/regulations/${id}`)
      .set(bearer(admin))
      .set('content-type', 'application/json')
      .send('{"__proto__":{"shortTitle":"《x》"},"constructor":{"prototype":{"title":"x"}}}')
      .expect(400);
    expect(proto.body.code).toBeDefined();
    await h.http().put(`/api/regulations/${id}`).set(bearer(admin)).send({ shortTitle: 42 }).expect(400);
    await h.http().put(`/api/regulations/${id}`).set(bearer(admin)).send({ title: '' }).expect(400);
    await h.http().put(`/api/regulations/${id}`).set(bearer(admin)).send({ shortTitle: "'; DROP TABLE regulations; --" }).expect(200);
    await h.http().put('/api/regulations/00000000-0000-4000-8000-000000000000').set(bearer(admin)).send({ shortTitle: '《x》' }).expect(404);
    const [after] = await h.ds.query('SELECT title, short_title AS "shortTitle", raw_text AS "rawText" FROM regulations WHERE id = $1', [id]);
    expect(after).toEqual({ title, shortTitle: "'; DROP TABLE regulations; --", rawText });
  });
});
