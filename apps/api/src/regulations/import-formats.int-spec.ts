// The import of what agencies receive besides .docx and text: .doc, OFD, scanned PDFs and 分工表
// tables, and the hostile files among them (an OFD zip bomb, a truncated compound file, a PDF of
// 10,000 pages): each refused with a typed 4xx and nothing stored.
//   npx jest -c jest.int.config.cjs --runInBand apps/api/src/regulations/import-formats.int-spec.ts
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, runMigrations } from '@luyue/persistence';
import { appUrlFor } from '@luyue/testing';
import { bearer, type Fixture, type Harness, JURISDICTION, login, startWithFixture } from '../testing/api-harness';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/luyue_test_fmt_import';
// This suite's own database and Redis index. The app's URL is set too: loading the config module
// has already derived one from the default test database into process.env.
process.env['DATABASE_URL'] = DATABASE_URL;
process.env['APP_DATABASE_URL'] = appUrlFor(DATABASE_URL);
process.env['REDIS_URL'] = 'redis://127.0.0.1:6379/2';

const FIXTURES = join(process.cwd(), 'libs/regulation-parser/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const STORED = ['regulations', 'regulation_versions', 'provisions', 'obligations', 'obligation_events'];

describe('import of .doc, OFD, scanned PDF and 分工表 files (integration)', () => {
  let h: Harness;
  let data: Fixture;
  let admin: string;

  beforeAll(async () => {
    await ensureDatabase(DATABASE_URL);
    await runMigrations(DATABASE_URL);
    ({ h, fixture: data } = await startWithFixture());
    admin = await login(h, data.users.admin.email);
    expect((await h.ds.query('SELECT current_database() AS name'))[0].name).toBe('luyue_test_fmt_import');
  }, 180_000);
  afterAll(async () => h.app.close());

  const stored = async () => Promise.all(STORED.map(async (table) => Number((await h.ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n)));
  const upload = (bytes: Buffer, fileName: string, query = '') =>
    h.http().post(`/api/regulations/import${query}`).set(bearer(admin)).field('jurisdiction', JURISDICTION).attach('file', bytes, fileName);

  it.each([
    ['an OFD zip bomb (headers declaring 1 KiB)', 'hostile/ofd-zip-bomb.ofd', 'bomb.ofd', 413, 'payload_too_large', 'too_large'],
    ['a truncated compound file', 'hostile/truncated.doc', 'truncated.doc', 400, 'validation_failed', 'corrupt'],
    ['a PDF that would rasterise to 10,000 pages', 'hostile/ten-thousand-pages.pdf', 'huge.pdf', 413, 'payload_too_large', 'too_large'],
  ])('refuses %s with a typed error and stores nothing', async (_label, path, fileName, status, code, parseError) => {
    const before = await stored();
    const res = await upload(fixture(path), fileName).expect(status);
    expect(res.body).toMatchObject({ code, details: { parseError, fileName } });
    expect(res.body.message).toContain(fileName);
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('refuses a file of another type saying which types are accepted (415)', async () => {
    const res = await upload(fixture('seed-001.doc'), 'plan.ofd').expect(415);
    expect(res.body).toMatchObject({ code: 'unsupported_type', details: { parseError: 'type_mismatch' } });
    expect(res.body.message).toContain('accepted: .docx, .doc, .ofd, .pdf');
  });

  it('answers 415 naming the Debian packages when a scan arrives on a machine without them, and stores nothing', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = mkdtempSync(join(tmpdir(), 'no-ocr-'));
    try {
      const before = await stored();
      const res = await upload(fixture('seed-000-scan.pdf'), 'scan.pdf').expect(415);
      expect(res.body).toMatchObject({ code: 'unsupported_type', details: { parseError: 'unsupported' } });
      for (const name of ['poppler-utils', 'tesseract-ocr', 'tesseract-ocr-chi-sim']) expect(res.body.message).toContain(name);
      expect(await stored()).toEqual(before);
      // Everything else still imports.
      await upload(fixture('seed-000.pdf'), 'seed-000.pdf', '?dryRun=true').expect(201);
    } finally {
      process.env['PATH'] = path;
    }
  }, 60_000);

  it.each([
    ['seed-001.doc', 'doc', 62],
    ['seed-002.ofd', 'ofd', 30],
  ])('imports %s, recording its format', async (name, format, unitCount) => {
    const res = await upload(fixture(name), name).expect(201);
    expect(res.body).toMatchObject({ unitCount });
    const [row] = await h.ds.query('SELECT source_format, unit_count FROM regulations WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ source_format: format, unit_count: unitCount });
  });

  it('previews a .docx 分工表 with one draft per row, its lead, co and due from the cells', async () => {
    const res = await upload(fixture('division-table.docx'), 'division-table.docx', '?dryRun=true').expect(201);
    expect(res.body.document).toMatchObject({ title: '自治区口岸经济发展促进重点任务分工方案', unit: 'task', unitCount: 8 });
    const first = res.body.obligations[0];
    expect(first).toMatchObject({ article: 1, subjects: ['自治区口岸管理办公室'], co: ['乌鲁木齐海关', '自治区发展改革委'], dueDate: '2026-12-31' });
  });

  it('previews a scanned PDF through OCR with the confidence of each page', async () => {
    const before = await stored();
    const res = await upload(fixture('seed-000-scan.pdf'), 'seed-000-scan.pdf', '?dryRun=true').expect(201);
    expect(res.body.document).toMatchObject({ title: '新疆维吾尔自治区口岸经济发展促进条例', unitCount: 43 });
    const { ocr } = res.body.document;
    expect(ocr.pages.map((page: { page: number }) => page.page)).toEqual([1, 2, 3, 4]);
    expect(ocr.pages.every((page: { confidence: number; low: boolean }) => page.confidence > 80 && page.low === false)).toBe(true);
    expect(ocr).toMatchObject({ engine: 'tesseract', language: 'chi_sim', lowPages: [] });
    expect(await stored()).toEqual(before);
  }, 240_000);
});
