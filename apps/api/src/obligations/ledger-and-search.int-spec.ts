import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS } from '@luyue/application';
import { shortTitle } from '@luyue/obligation-extractor';
import { bearer, type Fixture, type Harness, importSmallRegulation, startWithFixture, tokens } from '@luyue/testing';
import { createApp } from '../app.factory';

type Tokens = Awaited<ReturnType<typeof tokens>>;

// supertest parser collecting the raw bytes (the response is a Node stream).
const binary = (res: unknown, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('台账');
  // A 台账 made before the 简称 column: it stays importable.
  sheet.addRow(LEDGER_COLUMNS.filter((c) => c !== '简称'));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('台账 export/import and search (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let t: Tokens;
  const title = '新疆维吾尔自治区口岸协作测试条例';

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    t = await tokens(h, fixture);
    await importSmallRegulation(h, t.admin);
    const drafts: { id: string }[] = await h.ds.query('SELECT id FROM obligations');
    await h
      .http()
      .post('/api/obligations/confirm')
      .set(bearer(t.admin))
      .send({ ids: drafts.map((d) => d.id), mappings: [{ subject: '有关部门', bodyId: fixture.bodies.ftz }] })
      .expect(200);
  }, 180_000);
  afterAll(async () => h.app.close());

  it('exports the filtered list as a real XLSX with the 台账 columns', async () => {
    const filter = encodeURIComponent(JSON.stringify({ leadBodyId: fixture.bodies.gwh }));
    const res = await h.http().get(`/api/obligations/export?format=xlsx&filter=${filter}&sort=["article","ASC"]`).set(bearer(t.gwhStaff)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...LEDGER_COLUMNS]);
    expect(sheet.rowCount).toBe(3); // header + 第2条 + 第3条 (管委会)
    const row = sheet.getRow(3).values as unknown[];
    expect(row.slice(1, 7)).toEqual([2, title, shortTitle(title), '第3条', expect.stringContaining('口岸通关协调机制'), '阿拉山口综合保税区管理委员会']);
    expect(row[3]).toBe('《口岸协作测试条例》');
    expect(row[7]).toBe('自治区商务部门');
    expect(row[9]).toBe('已交办');

    const csv = await h.http().get(`/api/obligations/export?format=csv&filter=${filter}`).set(bearer(t.gwhStaff)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(LEDGER_COLUMNS.join(','));
    await h.http().get('/api/obligations/export?format=pdf').set(bearer(t.gwhStaff)).expect(400);
  });

  it('imports a 台账: one bad row → 400 with row-level errors and nothing created', async () => {
    const before = Number((await h.ds.query('SELECT count(*) AS n FROM obligations'))[0].n);
    const bad = await workbook([
      [1, title, '第5条', '做好口岸信息发布', '自贸办', '', '2026-12-31', '待签收', ''],
      [2, title, '第九十条', '', '不存在的单位', '', '明天', '', ''],
    ]);
    const res = await h.http().post('/api/obligations/import-ledger').set(bearer(t.admin)).attach('file', bad, 'ledger.xlsx').expect(400);
    const fields = (res.body.details.errors as { row: number; field: string }[]).map((e) => `${e.row}:${e.field}`).sort();
    expect(fields).toEqual(['3:义务内容', '3:完成时限', '3:条款', '3:牵头单位']);
    expect(Number((await h.ds.query('SELECT count(*) AS n FROM obligations'))[0].n)).toBe(before);

    await h.http().post('/api/obligations/import-ledger').set(bearer(t.gwhManager)).attach('file', bad, 'ledger.xlsx').expect(403);
    const good = await workbook([
      [1, title, '第5条', '做好口岸信息发布', '自贸办', '管委会', '2026-12-31', '办理中', '已发布两期'],
      [2, title, '', '组织年度评估', '阿拉山口综合保税区管理委员会', '', '', '', ''],
    ]);
    const ok = await h.http().post('/api/obligations/import-ledger').set(bearer(t.admin)).attach('file', good, 'ledger.xlsx').expect(201);
    expect(ok.body.created).toBe(2);
    const [row] = await h.ds.query(`SELECT status, origin, lead_body_ids AS "lead", co_body_ids AS "co", latest_progress AS "progress" FROM obligations WHERE id = $1`, [ok.body.ids[0]]);
    expect(row).toEqual({ status: 'in_progress', origin: 'manual', lead: [fixture.bodies.ftz], co: [fixture.bodies.gwh], progress: '已发布两期' });
  });

  it('searches a two-character word through the jieba tokens and the GIN index', async () => {
    const q = encodeURIComponent(JSON.stringify({ q: '口岸' }));
    const res = await h.http().get(`/api/obligations?filter=${q}&range=[0,99]`).set(bearer(t.admin)).expect(200);
    const texts = (res.body as { text: string }[]).map((o) => o.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.includes('口岸'))).toBe(true);
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM obligations WHERE text LIKE '%口岸%'`);
    expect(texts).toHaveLength(n);
    // AND of tokens, and substring (3+ characters) through the trigram index.
    const both = await h
      .http()
      .get(`/api/obligations?filter=${encodeURIComponent('{"q":"口岸 评估"}')}`)
      .set(bearer(t.admin))
      .expect(200);
    expect((both.body as { article: number }[]).map((o) => o.article)).toEqual([3]);
    const none = await h
      .http()
      .get(`/api/obligations?filter=${encodeURIComponent('{"q":"海关"}')}`)
      .set(bearer(t.admin))
      .expect(200);
    expect(none.headers['content-range']).toBe('obligations 0-0/0');

    const plan = await h.ds.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await m.query(`EXPLAIN SELECT id FROM obligations o WHERE o.search @@ to_tsquery('simple', $1)`, ["'口岸'"]);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('obligations_search_idx');
    const trigram = await h.ds.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await m.query(`EXPLAIN SELECT id FROM obligations o WHERE o.text LIKE $1`, ['%口岸通关%']);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(trigram).toContain('obligations_text_trgm_idx');
  });
});
