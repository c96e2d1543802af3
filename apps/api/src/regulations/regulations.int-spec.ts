import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '@luyue/regulation-parser';
import { extractObligations } from '@luyue/obligation-extractor';
import { bearer, type Fixture, type Harness, JURISDICTION, login, SMALL_REGULATION, startWithFixture } from '../testing/api-harness';

const SEED_DIR = join(process.cwd(), 'ops/seed');

describe('regulation import (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let admin: string;

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture());
    admin = await login(h, fixture.users.admin.email);
  }, 180_000);
  afterAll(async () => h.app.close());

  const count = async (table: string) => Number((await h.ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it.each(readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort())('imports seed %s with as many drafts as the extractor finds', async (fileName) => {
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

    const provisions = await h.http().get(`/api/provisions?filter=${encodeURIComponent(JSON.stringify({ regulationId: res.body.id, level: 'unit' }))}&range=[0,0]`).set(bearer(admin)).expect(200);
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
    const empty = await h.http().post('/api/regulations/import').set(bearer(admin)).send({ text: '只有一段没有条款的文字。', fileName: 'plain.txt' }).expect(400);
    expect(empty.body.message).toContain('plain.txt');
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
});
