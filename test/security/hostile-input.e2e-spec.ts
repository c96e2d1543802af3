// Hostile input that once reached the server as 500s or was accepted: NUL bytes and huge numbers
// in filters, deeply nested JSON, uploads whose content is not what their name says, .docx zip
// bombs, and formula cells in the CSV export.
import { type ApiProcess, DEMO, type Http, type SecuritySuite, auditMismatches, makeObligation, multipart, query, startSecuritySuite, INJECTIONS_PENDING, deepJson, docx } from '@luyue/testing';

const REDIS_URL = 'redis://127.0.0.1:6379/15';
jest.setTimeout(120_000);

describe('hostile input: bad bytes, deep bodies, disguised and bomb uploads, formula cells', () => {
  let api: ApiProcess;
  let http: Http;
  let url: string;
  let admin: string;
  let staff: string;

  const counts = async () => (await query(url, 'SELECT (SELECT count(*) FROM regulations)::int r, (SELECT count(*) FROM provisions)::int p, (SELECT count(*) FROM obligations)::int o'))[0];

  let suite: SecuritySuite | undefined;
  beforeAll(async () => {
    suite = await startSecuritySuite({
      database: 'luyue_test_sec_input_hostile',
      redisUrl: REDIS_URL,
      env: { LOG_LEVEL: 'warn', EVIDENCE_DIR: 'tmp/sec-evidence-hostile' },
    });
    ({ api, http, url, admin, staff } = suite);
  }, 900_000);

  afterAll(() => suite?.stop());

  // BUG-3 (NUL byte in a text filter → PostgreSQL 22021 → 500) and BUG-4 (number out of integer range → 22003 → 500)
  it.each([
    ['obligations', ['q', 'dueFrom']],
    ['regulations', ['jurisdiction', 'q']],
    ['bodies', ['jurisdiction', 'q']],
    ['users', ['q']],
    ['provisions', ['article']],
  ] as const)('%s: NUL bytes and out-of-range numbers in filters → 400, not 500', async (resource, fields) => {
    const token = resource === 'users' ? admin : staff;
    const problems: string[] = [];
    for (const field of fields) {
      for (const value of INJECTIONS_PENDING) {
        const r = await http.request('GET', `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ [field]: value }))}`, { token });
        if (r.status !== 400 && r.status !== 200) problems.push(`${field}=${JSON.stringify(value)} → ${r.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // BUG-5: deeply nested JSON overflows the stack in Nest's ValidationPipe (stripProtoKeys) → 500 + error log
  it.each(['/api/auth/login', '/api/obligations/confirm', '/api/users', '/api/regulations/import'])('deeply nested JSON (5,000 and 100,000 levels) to %s → 400', async (path) => {
    for (const depth of [5_000, 100_000]) {
      const r = await http.request('POST', path, { token: path === '/api/auth/login' ? undefined : admin, json: deepJson(depth), headers: { 'x-forwarded-for': `10.55.0.${depth % 250}` } });
      expect({ depth, status: r.status }).toEqual({ depth, status: 400 });
    }
  });

  // BUG-9: a zip bomb in a .docx (300 MB of XML in a ~300 KB upload) is inflated in full and imported after ~60 s
  it('a zip bomb named .docx → 4xx within 10 s, nothing stored, api still up', async () => {
    const before = await counts();
    const bomb = docx([`炸弹条例${Date.now()}`, '第一条 管委会应当报告。'], 300 * 1024 * 1024);
    const mp = multipart('bomb.docx', bomb, { jurisdiction: '新疆维吾尔自治区', kind: 'local_regulation' });
    const started = Date.now();
    const r = await http.request('POST', '/api/regulations/import', { token: admin, body: mp.body, headers: mp.headers, timeoutMs: 120_000 });
    expect([400, 413, 415, 422]).toContain(r.status);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await counts()).toEqual(before);
    expect((await http.request('GET', '/api/health')).status).toBe(200);
  }, 180_000);

  // BUG-6: a regulation upload whose content is not what its extension says is imported as text (201)
  it.each([
    ['条例.pdf', '第一条 为了测试，制定本条例。\n第二条 管委会应当于每年报告。PDF'],
    ['条例.docx', '第一条 为了测试，制定本条例。\n第二条 管委会应当于每年报告。DOCX'],
  ])('regulation upload %s that is plain text → 415, nothing stored', async (fileName, text) => {
    const before = await counts();
    const mp = multipart(fileName, Buffer.from(text), { jurisdiction: '新疆维吾尔自治区', kind: 'local_regulation' });
    const r = await http.request('POST', '/api/regulations/import', { token: admin, body: mp.body, headers: mp.headers });
    expect(r.status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  // BUG-7: CSV export writes cells starting with = + - @ unchanged (spreadsheet formula injection)
  it('CSV export neutralises spreadsheet formulas in obligation text', async () => {
    const [gwh] = await query<{ body_id: string }>(url, 'SELECT body_id FROM users WHERE email = $1', [DEMO.staffGwh]);
    const ids = [];
    for (const text of ['=HYPERLINK("http://evil.example","点我")', '+cmd|/c calc', '-2+3', '@SUM(A1:A9)']) ids.push(await makeObligation(url, { lead: [gwh.body_id], status: 'in_progress', text }));
    const r = await http.request('GET', `/api/obligations/export?format=csv&filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`, { token: staff });
    expect(r.status).toBe(200);
    for (const line of r.text.split(/\r?\n/).slice(1).filter(Boolean)) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    }
  });

  it('api log has no unhandled errors; audit holds', async () => {
    expect(api.logLines().filter((l) => (l.level ?? 0) >= 50).length).toBe(0);
    expect(await auditMismatches(url)).toEqual([]);
  });
});
