// `npm run bench` (ops/bench.sh): builds the 1,000,000-obligation data set in its own database,
// then measures ingest, the list API, the dashboard, an amendment dry run and a plan import
// preview, the sweep, sending and the admin's login form and first render, printing a
// table and writing bench/results.json. Sections that cannot run record null and the reason.
//
// Environment: BENCH_DB (luyue_bench), BENCH_REDIS_DB (9; 10 is used for the bare addBulk),
// BENCH_REUSE=1 (keep an existing data set of the right size), BENCH_ONLY=list,dashboard,documents (incl. OCR and hand-off notices),sweep,send,admin (default;
// `ingest` with BENCH_REUSE=1 measures the import again in a fresh database),
// BENCH_MIN_SAMPLES (32),
// BENCH_OBLIGATIONS (1000000), BENCH_LIST_SECONDS (10), BENCH_SEND_SECONDS (30).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { runMigrations } from '@luyue/persistence';
import { appDbUrl, dbUrl, log, recreateDatabase, withClient } from './lib/db';
import { BENCH_ADMIN, BENCH_COUNTY_STAFF, BENCH_MANAGER, FULL_SCALE, bodyId, estimateReminders, multiply, seedOrganisation, userEmail, type Scale } from './lib/dataset';
import { type IngestResult, ingestFallback } from './lib/ingest';
import { ingestReal } from './lib/ingest-real';
import { type LoadStats, RawSqlLoad, autocannonRun, mergeRuns, rawSqlRun } from './lib/load';
import { ROOT, startBuilt, stop, waitHttp } from './lib/procs';
import { type ListCase, capturedListSql, compactParams, findRareWord, listCases, listUrl, scopeOf } from './lib/queries';
import { type SweepBench, runSweepBench } from './lib/sweep';
import { runSendBench } from './lib/send';
import { type AdminBench, runAdminBench } from './lib/admin';
import { type DashboardEntry, runDashboardBench } from './lib/dashboard';
import { type DocumentBench, runDocumentBench } from './lib/documents';
import { type OcrBench, runOcrBench } from './lib/ocr';
import { type EventNoticeBench, runEventNoticeBench } from './lib/event-notices';

const DB = process.env['BENCH_DB'] ?? 'luyue_bench';
const REDIS_DB = Number(process.env['BENCH_REDIS_DB'] ?? 9);
const REDIS_URL = `redis://127.0.0.1:6379/${REDIS_DB}`;
const BARE_REDIS_URL = `redis://127.0.0.1:6379/${REDIS_DB + 1}`;
const PORT = Number(process.env['BENCH_PORT'] ?? 3917);
const PASSWORD = 'bench-password-2026';
const LIST_SECONDS = Number(process.env['BENCH_LIST_SECONDS'] ?? 10);
const CONCURRENCY = 16;
/** Untimed load at CONCURRENCY before each list measurement, on both the API and the raw side. */
const WARM_SECONDS = 2;
/** Alternating slices of raw and API load a list query's LIST_SECONDS are split into, per side. */
const LIST_ROUNDS = 4;
/** Fewest completed requests a list figure rests on (slow queries run longer to get them). */
const MIN_SAMPLES = Number(process.env['BENCH_MIN_SAMPLES'] ?? 32);
const ONLY = (process.env['BENCH_ONLY'] ?? 'list,dashboard,documents,sweep,send,admin').split(',');
const LOG_DIR = join(ROOT, 'tmp/bench');
const scale: Scale = { ...FULL_SCALE, obligations: Number(process.env['BENCH_OBLIGATIONS'] ?? FULL_SCALE.obligations) };
if (scale.obligations < FULL_SCALE.obligations) scale.regulations = Math.max(500, Math.round((FULL_SCALE.regulations * scale.obligations) / FULL_SCALE.obligations));

/** The sweep day: today in Asia/Shanghai (the data's due dates are relative to it), moved off Monday so no digest runs. */
function sweepDay(): string {
  const d = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  if (d.getDay() === 1) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const apiEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  PORT: String(PORT),
  DATABASE_URL: dbUrl(DB),
  // Production requires a password; the local trust set-up (ops/services.sh) does not check it.
  APP_DATABASE_URL: appDbUrl(DB, 'bench-unchecked-under-trust'),
  REDIS_URL,
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef',
  CHANNEL_SECRET_KEY: 'bench-channel-secret-0123456789abcdef',
  LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
  APP_BASE_URL: `http://127.0.0.1:${PORT}`,
  CORS_ORIGIN: `http://127.0.0.1:${PORT}`,
  EVIDENCE_DIR: 'tmp/bench/evidence',
  SWEEP_CRON: '0 3 1 1 *',
});

/** Corpus import figures; the main ones one document at a time. */
interface IngestFigures {
  docsPerSecond: number | null;
  obligationsPerSecond: number | null;
  seconds?: number;
}

interface Results {
  obligations: number | null;
  machine: { cores: number; memoryGb: number; note: string; loadAverages?: number[] };
  ingest: IngestFigures & { documents?: number; obligations?: number; path?: string; reason?: string; twoInFlight?: IngestFigures };
  list: {
    name: string;
    p50Ms: number | null;
    p95Ms: number | null;
    p99Ms: number | null;
    requestsPerSecond: number | null;
    rawSqlP95Ms: number | null;
    rawSqlP50Ms?: number | null;
    rawSqlRequestsPerSecond?: number | null;
    rawCountP50Ms?: number | null;
    apiFirstRequestMs?: number;
    ratioP95?: number | null;
    errors?: number;
    reason?: string;
  }[];
  dashboard: DashboardEntry[];
  versions: DocumentBench['versions'];
  planImport: DocumentBench['planImport'];
  ocr: OcrBench;
  eventNotices: EventNoticeBench;
  sweep: SweepBench;
  send: { emailsPerSecond: number | null; sent?: number; seconds?: number; reason?: string };
  admin: AdminBench;
  dataset?: Record<string, unknown>;
  startedAt: string;
  totalSeconds?: number;
}

const results: Results = {
  obligations: null,
  machine: {
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    note: 'PostgreSQL with default settings (shared_buffers 128MB); loadAverages = 1-minute load average at each write of this file (the load generator, api and PostgreSQL of the benchmark itself keep it near 4 during the list runs on 2 cores)',
  },
  ingest: { docsPerSecond: null, obligationsPerSecond: null, reason: 'not run' },
  list: [],
  dashboard: [],
  versions: { pair: null, dryRunMs: null, reason: 'not run' },
  planImport: { file: '', previewMs: null, reason: 'not run' },
  ocr: { file: '', pages: null, secondsPerPage: null, reason: 'not run' },
  eventNotices: { submissions: null, transitionsWithNoticesPerSecond: null, reason: 'not run' },
  sweep: { reminders: null, sweepSeconds: null, bareAddBulkSeconds: null, ratio: null, reason: 'not run' },
  send: { emailsPerSecond: null, reason: 'not run' },
  admin: { firstRenderMs: null, loginFormMs: null, reason: 'not run' },
  startedAt: new Date().toISOString(),
};

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);

async function datasetReady(): Promise<boolean> {
  try {
    return await withClient(dbUrl(DB), async (c) => {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM obligations`);
      return rows[0].n === scale.obligations;
    });
  } catch {
    return false;
  }
}

async function buildDataset(day: string): Promise<void> {
  const t0 = Date.now();
  await recreateDatabase(DB);
  await runMigrations(dbUrl(DB));
  const argon2 = await import('argon2');
  const hash = await argon2.hash(PASSWORD);
  const c = new Client({ connectionString: dbUrl(DB) });
  await c.connect();
  try {
    await seedOrganisation(c, scale, hash);
    // 1. Ingest: the corpus through the application's import use case (in-process).
    let ingest: IngestResult | undefined;
    try {
      ingest = await ingestReal(appDbUrl(DB), BENCH_ADMIN);
      results.ingest = { ...ingestFigures(ingest), twoInFlight: await ingestTwoInFlight() };
    } catch (e) {
      log(`import use case unavailable: ${reasonOf(e)}; building the data set with the fallback loader`);
      await c.query('TRUNCATE obligations, provisions, regulations CASCADE');
      ingest = await ingestFallback(c);
      results.ingest = { docsPerSecond: null, obligationsPerSecond: null, reason: `import use case failed: ${reasonOf(e)} (data set built with the fallback loader, whose figures are not reported)` };
    }
    const day0 = Date.now();
    const built = await multiply(c, scale, day);
    log(`multiplied to ${built.regulations} regulations / ${built.obligations} obligations in ${((Date.now() - day0) / 1000).toFixed(0)} s`);
    await c.query('VACUUM ANALYZE');
    results.dataset = {
      ...built,
      bodies: scale.bodies,
      users: scale.bodies * scale.usersPerBody,
      sweepDay: day,
      buildSeconds: Math.round((Date.now() - t0) / 1000),
      builtAt: new Date().toISOString(),
    };
    // Kept with the data set so a BENCH_REUSE=1 run still reports the ingest measured when it was built.
    await c.query(`CREATE TABLE bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
    await c.query(`INSERT INTO bench_meta VALUES ('ingest', $1), ('dataset', $2)`, [JSON.stringify(results.ingest), JSON.stringify(results.dataset)]);
  } finally {
    await c.end();
  }
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function ingestFigures(ingest: IngestResult): Results['ingest'] {
  return {
    docsPerSecond: round(ingest.documents / ingest.seconds),
    obligationsPerSecond: round(ingest.obligations / ingest.seconds),
    documents: ingest.documents,
    obligations: ingest.obligations,
    seconds: round(ingest.seconds),
    path: ingest.path,
    ...(ingest.failed ? { reason: `${ingest.failed} corpus documents refused by the import` } : {}),
  };
}

/** The corpus import again, `inFlight` documents at a time, into a fresh database with the data set's organisation. */
async function ingestIntoSideDatabase(inFlight: number): Promise<Results['ingest']> {
  const side = `${DB}_ingest`;
  await recreateDatabase(side);
  await runMigrations(dbUrl(side));
  await withClient(dbUrl(side), (c) => seedOrganisation(c, scale, 'unused'));
  const figures = ingestFigures(await ingestReal(appDbUrl(side), BENCH_ADMIN, inFlight));
  return { ...figures, path: `${figures.path} (into a fresh database, ${side}, with the data set's organisation)` };
}

/** Two imports at a time (two uploads at once: one document parses while the other's rows are written). */
async function ingestTwoInFlight(): Promise<IngestFigures> {
  const { docsPerSecond, obligationsPerSecond, seconds } = await ingestIntoSideDatabase(2);
  return { docsPerSecond, obligationsPerSecond, seconds };
}

/** BENCH_REUSE=1 with BENCH_ONLY=ingest: the corpus import again, one at a time and two at a time (the data set stays). */
async function remeasureIngest(): Promise<Results['ingest']> {
  return { ...(await ingestIntoSideDatabase(1)), twoInFlight: await ingestTwoInFlight() };
}

async function startApi(): Promise<ChildProcess> {
  mkdirSync(LOG_DIR, { recursive: true });
  const api = startBuilt('api', apiEnv(), join(LOG_DIR, 'api.log'));
  if (!(await waitHttp(`http://127.0.0.1:${PORT}/api/health`, 120_000, api))) {
    await stop(api);
    throw new Error(`the api did not start (see ${join(LOG_DIR, 'api.log')})`);
  }
  return api;
}

async function login(email: string): Promise<{ accessToken: string; expiresIn: number; user: unknown }> {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as { accessToken: string; expiresIn: number; user: unknown };
}

/**
 * A freshly started api runs its first seconds of load cold: V8 has not optimised the request
 * path yet and the pool opens its connections (new PostgreSQL backends, each reading the catalog
 * anew). Measured on overdue-p1 right after a start, three 4 s runs in a row: api 2.8, 2.4, 1.9 ms
 * of CPU a request, p99 192, 115, 67 ms. The list figures are for a running api, so every list
 * query first runs at the measured concurrency, untimed.
 */
async function warmUpApi(cases: ListCase[], token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  for (const lc of cases) await autocannonRun(`http://127.0.0.1:${PORT}${listUrl(lc)}`, headers, CONCURRENCY, WARM_SECONDS);
}

async function listBench(day: string): Promise<void> {
  const c = new Client({ connectionString: dbUrl(DB) });
  await c.connect();
  const scope = await scopeOf(c, bodyId(1));
  const rare = await findRareWord(c);
  await c.end();
  log(`manager scope: ${scope.length} bodies; rare word: ${rare}`);
  const ctx = { today: day, yellowDays: 3, scopeBodyId: bodyId(1) };
  const cases = listCases(rare);
  let api: ChildProcess | undefined;
  let token: string | undefined;
  let apiProblem: string | undefined;
  try {
    api = await startApi();
    token = (await login(userEmail(BENCH_MANAGER))).accessToken;
    await warmUpApi(cases, token);
  } catch (e) {
    apiProblem = reasonOf(e);
    log(`list API unavailable: ${apiProblem}`);
  }
  try {
    for (const lc of cases) {
      const entry: Results['list'][number] = { name: lc.name, p50Ms: null, p95Ms: null, p99Ms: null, requestsPerSecond: null, rawSqlP95Ms: null };
      const addReason = (reason: string) => (entry.reason = entry.reason ? `${entry.reason}; ${reason}` : reason);
      // Raw SQL: the statements the API's repository runs for a repeated request (the page, which
      // carries the change counter, from its anchor on a deep page; the total comes from its
      // cache), through pg. The cold
      // request's count runs once per change and is reported beside it, alone (rawCountP50Ms).
      let raw: RawSqlLoad | undefined;
      try {
        const warm = (await withClient(dbUrl(DB), (db) => capturedListSql(lc, ctx, 'warm', db))).map((st) => compactParams(st.sql, st.params));
        const count = (await capturedListSql(lc, ctx, 'cold')).map((st) => compactParams(st.sql, st.params)).filter((st) => /count\(\*\)/.test(st.sql));
        for (let i = 0; i < 3; i++) await rawSqlRun(dbUrl(DB), [...warm, ...count], 1, 0.001); // warm the buffer cache
        entry.rawCountP50Ms = (await rawSqlRun(dbUrl(DB), count, 1, 2, 5)).p50Ms;
        raw = new RawSqlLoad(dbUrl(DB), warm, CONCURRENCY);
      } catch (e) {
        addReason(`raw SQL failed: ${reasonOf(e)}`);
      }
      let target: { url: string; headers: Record<string, string> } | undefined;
      if (token) {
        const url = `http://127.0.0.1:${PORT}${listUrl(lc)}`;
        const headers = { authorization: `Bearer ${token}` };
        const cold = Date.now();
        const probe = await fetch(url, { headers });
        entry.apiFirstRequestMs = Date.now() - cold;
        if (probe.ok) {
          log(`${lc.name}: API Content-Range ${probe.headers.get('content-range')}`);
          target = { url, headers };
        } else {
          addReason(`API answered HTTP ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
        }
      } else {
        addReason(`list API not measured: ${apiProblem}`);
      }
      try {
        const { reason, ...figures } = await rawAndApiInTurns(raw, target);
        Object.assign(entry, figures);
        if (reason) addReason(reason);
      } catch (e) {
        addReason(reasonOf(e));
      } finally {
        await raw?.end();
      }
      log(`${lc.name}: ${JSON.stringify(entry)}`);
      results.list.push(entry);
      writeResults();
    }
  } finally {
    await stop(api);
  }
}

/**
 * The raw side and the API side of one list query, each warmed up untimed, then measured in
 * LIST_ROUNDS alternating slices (raw, API, raw, API, …) whose latencies are pooled per side. Run one
 * after the other, the two sides met different machines: this one's speed drifts by tens of percent
 * within minutes, and the same code's worst ratio moved from 1.36 to 1.85 between two runs.
 */
async function rawAndApiInTurns(raw: RawSqlLoad | undefined, api: { url: string; headers: Record<string, string> } | undefined): Promise<Partial<Results['list'][number]>> {
  const slice = LIST_SECONDS / LIST_ROUNDS;
  const samples = Math.ceil(MIN_SAMPLES / LIST_ROUNDS);
  await raw?.run(WARM_SECONDS);
  if (api) await autocannonRun(api.url, api.headers, CONCURRENCY, WARM_SECONDS);
  const rawRuns: LoadStats[] = [];
  const apiRuns: LoadStats[] = [];
  for (let round = 0; round < LIST_ROUNDS; round++) {
    if (raw) rawRuns.push(await raw.run(slice, samples));
    if (api) apiRuns.push(await autocannonRun(api.url, api.headers, CONCURRENCY, slice, samples));
  }
  const figures: Partial<Results['list'][number]> = {};
  if (rawRuns.length) {
    const r = mergeRuns(rawRuns);
    Object.assign(figures, { rawSqlP95Ms: r.p95Ms, rawSqlP50Ms: r.p50Ms, rawSqlRequestsPerSecond: r.requestsPerSecond });
    if (r.errors) figures.reason = `raw SQL errors: ${r.errors}`;
  }
  if (apiRuns.length) {
    const s = mergeRuns(apiRuns);
    Object.assign(figures, { p50Ms: s.p50Ms, p95Ms: s.p95Ms, p99Ms: s.p99Ms, requestsPerSecond: s.requestsPerSecond, errors: s.errors + s.non2xx });
    if (figures.rawSqlP95Ms) figures.ratioP95 = round(s.p95Ms / figures.rawSqlP95Ms, 2);
  }
  return figures;
}

/** The dashboard of an admin, the benchmark's prefecture manager and a county's staff member. */
async function dashboardBench(): Promise<void> {
  const api = await startApi();
  const owner = new Client({ connectionString: dbUrl(DB) });
  await owner.connect();
  try {
    const users = [];
    for (const [name, userNo] of [
      ['admin', BENCH_ADMIN],
      ['prefecture-manager', BENCH_MANAGER],
      ['county-staff', BENCH_COUNTY_STAFF],
    ] as const) {
      users.push({ name, token: (await login(userEmail(userNo))).accessToken });
    }
    results.dashboard = await runDashboardBench({ baseUrl: `http://127.0.0.1:${PORT}`, owner, users, seconds: LIST_SECONDS, minSamples: MIN_SAMPLES });
  } finally {
    await owner.end();
    await stop(api);
  }
}

function printTable(): void {
  const lines: string[] = [];
  const f = (v: number | string | null | undefined) => (v === null || v === undefined ? '—' : String(v));
  lines.push(
    `\nLuyue benchmark — ${results.obligations ?? '?'} obligations, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, load average ${results.machine.loadAverages?.at(-1) ?? '?'}`,
  );
  lines.push(
    `ingest   docs/s ${f(results.ingest.docsPerSecond)}   obligations/s ${f(results.ingest.obligationsPerSecond)}   two in flight: docs/s ${f(results.ingest.twoInFlight?.docsPerSecond ?? null)}${results.ingest.reason ? '   (' + results.ingest.reason + ')' : ''}`,
  );
  lines.push('list (c=16)        p50 ms   p95 ms   p99 ms    req/s   raw p95 ms   ratio p95');
  for (const l of results.list) {
    lines.push(
      `  ${l.name.padEnd(16)}${f(l.p50Ms).padStart(7)}${f(l.p95Ms).padStart(9)}${f(l.p99Ms).padStart(9)}${f(l.requestsPerSecond).padStart(9)}${f(l.rawSqlP95Ms).padStart(13)}${f(l.ratioP95).padStart(12)}${l.reason ? '   ' + l.reason : ''}`,
    );
  }
  const s = results.sweep;
  for (const d of results.dashboard) {
    lines.push(`dashboard ${d.name.padEnd(19)} p50 ms ${f(d.p50Ms)}   p95 ms ${f(d.p95Ms)}   first request ms ${f(d.firstRequestMs)}${d.reason ? '   ' + d.reason : ''}`);
  }
  lines.push(`versions ${f(results.versions.pair)}: dry run ms ${f(results.versions.dryRunMs)}${results.versions.reason ? '   (' + results.versions.reason + ')' : ''}`);
  lines.push(
    `notices  submissions with hand-off notices/s ${f(results.eventNotices.transitionsWithNoticesPerSecond)}   notice rows/s ${f(results.eventNotices.noticeRowsPerSecond)}   bulk reassignment events/s ${f(results.eventNotices.bulkNoticeEventsPerSecond)}${results.eventNotices.reason ? '   (' + results.eventNotices.reason + ')' : ''}`,
  );
  lines.push(`ocr      ${results.ocr.file}: ${f(results.ocr.pages)} pages, s/page ${f(results.ocr.secondsPerPage)}${results.ocr.reason ? '   (' + results.ocr.reason + ')' : ''}`);
  lines.push(`plan     ${results.planImport.file}: import preview ms ${f(results.planImport.previewMs)}${results.planImport.reason ? '   (' + results.planImport.reason + ')' : ''}`);
  lines.push(
    `sweep    reminders ${f(s.reminders)}   sweep s ${f(s.sweepSeconds)} (select+insert ${f(s.selectInsertSeconds)}, enqueue ${f(s.enqueueSeconds)})   bare addBulk s ${f(s.bareAddBulkSeconds)}   ratio ${f(s.ratio)}${s.reason ? '   (' + s.reason + ')' : ''}`,
  );
  lines.push(`send     emails/s ${f(results.send.emailsPerSecond)}${results.send.reason ? '   (' + results.send.reason + ')' : ''}`);
  lines.push(`admin    login form ms ${f(results.admin.loginFormMs)}   first render ms ${f(results.admin.firstRenderMs)}${results.admin.reason ? '   (' + results.admin.reason + ')' : ''}`);
  lines.push(`total    ${f(results.totalSeconds)} s`);
  process.stdout.write(lines.join('\n') + '\n');
}

function writeResults(): void {
  results.machine.loadAverages = [...(results.machine.loadAverages ?? []), Math.round(loadavg()[0] * 10) / 10].slice(-20);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const day = sweepDay();
  mkdirSync(LOG_DIR, { recursive: true });
  log(`data set in ${DB}, redis db ${REDIS_DB}/${REDIS_DB + 1}, sweep day ${day}, ${scale.obligations} obligations`);
  const reused = process.env['BENCH_REUSE'] === '1' && (await datasetReady());
  if (reused) {
    const meta = await withClient(dbUrl(DB), async (c) => {
      const { rows } = await c.query(`SELECT key, value FROM bench_meta`).catch(() => ({ rows: [] as { key: string; value: unknown }[] }));
      return Object.fromEntries(rows.map((r) => [r.key, r.value]));
    });
    log('reusing the existing data set (BENCH_REUSE=1): ingest figures are those measured when it was built');
    results.ingest = meta['ingest']
      ? { ...(meta['ingest'] as Results['ingest']), path: `${(meta['ingest'] as Results['ingest']).path ?? ''} (measured when the reused data set was built)` }
      : { docsPerSecond: null, obligationsPerSecond: null, reason: 'data set reused (BENCH_REUSE=1) without recorded ingest figures' };
    results.dataset = (meta['dataset'] as Record<string, unknown>) ?? {};
  } else {
    await buildDataset(day);
  }
  if (reused && ONLY.includes('ingest')) {
    try {
      results.ingest = await remeasureIngest();
    } catch (e) {
      results.ingest = { docsPerSecond: null, obligationsPerSecond: null, reason: `ingest on a fresh database failed: ${reasonOf(e)}` };
    }
  }
  results.obligations = await withClient(dbUrl(DB), async (c) => (await c.query('SELECT count(*)::int AS n FROM obligations')).rows[0].n);
  results.dataset = { ...(results.dataset ?? {}), sweepDay: day, estimate: await withClient(dbUrl(DB), (c) => estimateReminders(c, day)) };

  if (ONLY.includes('list')) {
    try {
      await listBench(day);
    } catch (e) {
      log(`list failed: ${reasonOf(e)}`);
    }
  }
  writeResults();
  if (ONLY.includes('dashboard')) {
    try {
      await dashboardBench();
    } catch (e) {
      log(`dashboard failed: ${reasonOf(e)}`);
    }
  }
  writeResults();
  if (ONLY.includes('documents')) {
    try {
      const d = await runDocumentBench({ databaseUrl: dbUrl(DB), appDatabaseUrl: appDbUrl(DB), adminUserNo: BENCH_ADMIN });
      results.versions = d.versions;
      results.planImport = d.planImport;
    } catch (e) {
      results.versions = { pair: null, dryRunMs: null, reason: reasonOf(e) };
    }
    try {
      results.eventNotices = await runEventNoticeBench(LOG_DIR);
    } catch (e) {
      results.eventNotices = { submissions: null, transitionsWithNoticesPerSecond: null, reason: reasonOf(e) };
    }
    try {
      results.ocr = await runOcrBench();
    } catch (e) {
      results.ocr = { file: '', pages: null, secondsPerPage: null, reason: reasonOf(e) };
    }
  }
  writeResults();
  if (ONLY.includes('sweep')) {
    try {
      results.sweep = await runSweepBench({ databaseUrl: dbUrl(DB), redisUrl: REDIS_URL, bareRedisUrl: BARE_REDIS_URL, day, env: apiEnv() });
    } catch (e) {
      results.sweep = { reminders: null, sweepSeconds: null, bareAddBulkSeconds: null, ratio: null, reason: reasonOf(e) };
    }
  }
  writeResults();
  if (ONLY.includes('send')) {
    try {
      results.send = await runSendBench({ env: apiEnv(), logDir: LOG_DIR, seconds: Number(process.env['BENCH_SEND_SECONDS'] ?? 30) });
    } catch (e) {
      results.send = { emailsPerSecond: null, reason: reasonOf(e) };
    }
  }
  writeResults();
  if (ONLY.includes('admin')) {
    let api: ChildProcess | undefined;
    try {
      api = await startApi();
      const session = await login(userEmail(BENCH_MANAGER));
      results.admin = await runAdminBench(`http://127.0.0.1:${PORT}`, session);
    } catch (e) {
      results.admin = { firstRenderMs: null, loginFormMs: null, reason: reasonOf(e) };
    } finally {
      await stop(api);
    }
  }
  writeResults();
  results.totalSeconds = Math.round((Date.now() - t0) / 1000);
  writeResults();
  printTable();
}

main().catch((e) => {
  log(`benchmark failed: ${e instanceof Error ? e.stack : e}`);
  results.totalSeconds = null as never;
  writeResults();
  process.exit(1);
});
