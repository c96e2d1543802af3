// The import of what agencies receive besides .docx and text: .doc, OFD, scanned PDFs and 分工表
// tables, and the hostile files among them (an OFD zip bomb, a truncated compound file, a PDF of
// 10,000 pages): each refused with a typed 4xx and nothing stored.
//   npx jest -c jest.int.config.cjs --runInBand apps/api/src/regulations/import-formats.int-spec.ts
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, runMigrations } from '@luyue/persistence';
import { appUrlFor, waitFor, WorkerProcess, bearer, type Fixture, type Harness, JURISDICTION, login, startWithFixture } from '@luyue/testing';
import { createApp } from '../app.factory';

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
    ({ h, fixture: data } = await startWithFixture(createApp));
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
  ])(
    'refuses %s with a typed error and stores nothing',
    async (_label, path, fileName, status, code, parseError) => {
      const before = await stored();
      const res = await upload(fixture(path), fileName).expect(status);
      expect(res.body).toMatchObject({ code, details: { parseError, fileName } });
      expect(res.body.message).toContain(fileName);
      expect(await stored()).toEqual(before);
    },
    60_000,
  );

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

  it('hands a scan of more than a few pages to the worker: 202, progress per page, then its text previews with the confidence of each page', async () => {
    const before = await stored();
    const queued = await upload(fixture('seed-000-scan.pdf'), 'seed-000-scan.pdf', '?dryRun=true').expect(202);
    expect(queued.body).toMatchObject({ ocrJobId: expect.stringMatching(/^[0-9a-f-]{36}$/), pages: 4, fileName: 'seed-000-scan.pdf', status: 'queued' });
    const jobUrl = `/api/regulations/ocr-jobs/${queued.body.ocrJobId}`;
    const staff = await login(h, data.users.gwhStaff.email);
    await h.http().get(jobUrl).set(bearer(staff)).expect(403);
    await h.http().get('/api/regulations/ocr-jobs/not-a-job').set(bearer(admin)).expect(404);
    await h.http().get('/api/regulations/ocr-jobs/00000000-0000-4000-8000-000000000000').set(bearer(admin)).expect(404);

    // The real worker reads it, reporting pages done as it goes.
    const worker = new WorkerProcess({ DATABASE_URL, APP_DATABASE_URL: appUrlFor(DATABASE_URL), REDIS_URL: process.env['REDIS_URL']!, LOG_LEVEL: 'warn' });
    await worker.start();
    const seen = new Set<number>();
    try {
      const done = await waitFor(
        async () => {
          const status = (await h.http().get(jobUrl).set(bearer(admin)).expect(200)).body as {
            state: string;
            progress: { done: number; total: number };
            result: { text: string; ocr: { pages: { page: number; confidence: number; low: boolean }[] } } | null;
            error: string | null;
          };
          if (status.state === 'failed') throw new Error(`OCR failed: ${status.error}`);
          seen.add(status.progress.done);
          return status.state === 'completed' ? status : null;
        },
        240_000,
        'the OCR job',
      );
      expect(done.progress).toEqual({ done: 4, total: 4 });
      expect(seen.has(4)).toBe(true);
      const { ocr, text } = done.result!;
      expect(ocr.pages.map((page) => page.page)).toEqual([1, 2, 3, 4]);
      expect(ocr.pages.every((page) => page.confidence > 80 && page.low === false)).toBe(true);
      expect(ocr).toMatchObject({ engine: 'tesseract', language: 'chi_sim', lowPages: [] });

      const preview = await h.http().post('/api/regulations/import?dryRun=true').set(bearer(admin)).send({ text, fileName: 'seed-000-scan.pdf', jurisdiction: JURISDICTION }).expect(201);
      expect(preview.body.document).toMatchObject({ title: '新疆维吾尔自治区口岸经济发展促进条例', unitCount: 43 });
      expect(await stored()).toEqual(before);
    } finally {
      await worker.stop();
    }
  }, 300_000);
});
