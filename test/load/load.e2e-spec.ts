// Issue 9 — load: 100 concurrent simulated users for 60 s against the real api (child process, loopback,
// database of its own): mixed reads (lists with filters/sorts, one record, dashboard, events, regulations),
// workflow transitions, progress notes and evidence uploads. No 5xx, no error lines in the api log; latency
// percentiles printed and written to bench/load.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { freePort, ApiProcess, DEMO, Http, ROOT, SAMPLE_PDF, auditMismatches, makePendingObligations, multipart, query, seededDatabase } from '@luyue/testing';

const USERS = Number(process.env['LOAD_USERS'] ?? 100);
const DURATION_MS = Number(process.env['LOAD_SECONDS'] ?? 60) * 1000;
const PER_USER = 4;
const REDIS_URL = 'redis://127.0.0.1:6379/14';

jest.setTimeout(DURATION_MS + 240_000);

type Kind = 'list' | 'list-filtered' | 'get' | 'dashboard' | 'events' | 'regulations' | 'transition' | 'progress' | 'upload';

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);

describe(`load: ${USERS} concurrent users for ${DURATION_MS / 1000} s`, () => {
  let api: ApiProcess;
  let http: Http;
  let url: string;
  let redis: Redis;

  beforeAll(async () => {
    url = await seededDatabase('luyue_test_sec_load');
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    await redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 3600);
    api = new ApiProcess({ DATABASE_URL: url, REDIS_URL, PORT: String(await freePort()), LOG_LEVEL: 'info', EVIDENCE_DIR: 'tmp/sec-evidence-load' }, 'tmp/sec-load-api.log');
    await api.start();
    http = new Http(api.baseUrl);
  }, 900_000);

  afterAll(async () => {
    await api?.stop();
    await redis?.quit();
  });

  it('no 5xx, no error log lines; p95 reported', async () => {
    const tokens = { manager: await http.login(DEMO.managerGwh), staff: await http.login(DEMO.staffGwh), admin: await http.login(DEMO.admin) };
    const [{ body_id: gwh }] = await query<{ body_id: string }>(url, 'SELECT body_id FROM users WHERE email = $1', [DEMO.managerGwh]);
    const someIds = (await http.request('GET', '/api/obligations?range=[0,99]', { token: tokens.manager })).body.map((o: { id: string }) => o.id) as string[];
    // each simulated user walks its own obligations round the workflow (so a 409 would be a bug)
    const owned: { id: string; status: string; version: number }[][] = [];
    const fresh = await makePendingObligations(url, [gwh], USERS * PER_USER);
    for (let u = 0; u < USERS; u++) owned.push(fresh.slice(u * PER_USER, (u + 1) * PER_USER).map((id) => ({ id, status: 'pending', version: 1 })));
    const NEXT: Record<string, { to: string; note?: string }> = {
      pending: { to: 'acknowledged' },
      acknowledged: { to: 'in_progress' },
      in_progress: { to: 'submitted', note: '办理完毕' },
      submitted: { to: 'done' },
      done: { to: 'in_progress', note: '重新办理' },
    };
    const FILTERS = [{ status: ['pending', 'in_progress'] }, { light: 'red' }, { overdue: true }, { q: '口岸' }, { leadBodyId: gwh }, { dueFrom: '2026-01-01', dueTo: '2027-12-31' }];
    const SORTS = ['["dueDate","ASC"]', '["createdAt","DESC"]', '["id","ASC"]'];

    const samples: { kind: Kind; ms: number; status: number }[] = [];
    const unexpected: string[] = [];
    let conflicts = 0;
    const deadline = Date.now() + DURATION_MS;
    const started = Date.now();

    const one = async (u: number, i: number): Promise<void> => {
      const token = u % 3 === 0 ? tokens.staff : u % 10 === 1 ? tokens.admin : tokens.manager;
      const roll = (u * 7919 + i * 104729) % 100;
      let kind: Kind;
      let req: () => Promise<{ status: number; text: string }>;
      const mine = owned[u][i % PER_USER];
      if (roll < 20) {
        kind = 'list';
        req = () => http.request('GET', `/api/obligations?range=[0,24]&sort=${encodeURIComponent(SORTS[i % SORTS.length])}`, { token });
      } else if (roll < 38) {
        kind = 'list-filtered';
        req = () => http.request('GET', `/api/obligations?range=[0,24]&filter=${encodeURIComponent(JSON.stringify(FILTERS[i % FILTERS.length]))}`, { token });
      } else if (roll < 50) {
        kind = 'get';
        req = () => http.request('GET', `/api/obligations/${someIds[i % someIds.length]}`, { token: tokens.manager });
      } else if (roll < 58) {
        kind = 'dashboard';
        req = () => http.request('GET', '/api/dashboard', { token });
      } else if (roll < 64) {
        kind = 'events';
        req = () => http.request('GET', `/api/obligation-events?range=[0,49]&filter=${encodeURIComponent(JSON.stringify({ obligationId: mine.id }))}`, { token: tokens.manager });
      } else if (roll < 68) {
        kind = 'regulations';
        req = () => http.request('GET', '/api/regulations?range=[0,9]', { token });
      } else if (roll < 88) {
        kind = 'transition';
        req = async () => {
          const step = NEXT[mine.status];
          // staff of the lead body acknowledge/start/submit; its manager verifies and reopens
          const who = ['done', 'in_progress'].includes(step.to) && ['submitted', 'done'].includes(mine.status) ? tokens.manager : tokens.staff;
          const r = await http.request('POST', `/api/obligations/${mine.id}/transitions`, { token: who, json: { ...step, version: mine.version } });
          if (r.status === 200) {
            mine.status = step.to;
            mine.version += 1;
          } else if (r.status === 409 && r.body?.code === 'stale_version') {
            // a progress note or evidence upload moved the version on: reload and retry, as the back office does
            conflicts += 1;
            mine.version = r.body.details.actualVersion;
            return { status: 299, text: 'stale version, reloaded' };
          }
          return r;
        };
      } else if (roll < 95 && mine.status !== 'done') {
        kind = 'progress';
        req = () => http.request('POST', `/api/obligations/${mine.id}/progress`, { token: tokens.staff, json: { note: `进展 ${u}-${i}` } });
      } else if (mine.status !== 'done') {
        kind = 'upload';
        req = () => {
          const mp = multipart(`佐证-${u}-${i}.pdf`, Buffer.concat([SAMPLE_PDF, Buffer.alloc(32 * 1024, 0x20)]));
          return http.request('POST', `/api/obligations/${mine.id}/evidence`, { token: tokens.staff, body: mp.body, headers: mp.headers });
        };
      } else {
        kind = 'get';
        req = () => http.request('GET', `/api/obligations/${mine.id}`, { token });
      }
      const t0 = performance.now();
      let status = 0;
      let text = '';
      try {
        ({ status, text } = await req());
      } catch (err) {
        text = String(err);
      }
      const ms = performance.now() - t0;
      samples.push({ kind, ms, status: status === 299 ? 409 : status });
      if (status < 200 || status >= 300) unexpected.push(`${kind} → ${status} ${text.slice(0, 160)}`);
    };

    await Promise.all(
      Array.from({ length: USERS }, async (_, u) => {
        for (let i = 0; Date.now() < deadline; i++) await one(u, i);
      }),
    );
    const elapsed = (Date.now() - started) / 1000;

    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    const byKind = Object.fromEntries(
      [...new Set(samples.map((s) => s.kind))].map((k) => {
        const ms = samples
          .filter((s) => s.kind === k)
          .map((s) => s.ms)
          .sort((a, b) => a - b);
        return [k, { requests: ms.length, p50: Math.round(percentile(ms, 50)), p95: Math.round(percentile(ms, 95)), p99: Math.round(percentile(ms, 99)) }];
      }),
    );
    const fiveXX = samples.filter((s) => s.status >= 500).length;
    const logErrors = api.logLines().filter((l) => (l.level ?? 0) >= 50);
    const report = {
      at: new Date().toISOString(),
      users: USERS,
      seconds: Math.round(elapsed),
      requests: samples.length,
      rps: Math.round(samples.length / elapsed),
      p50: Math.round(percentile(all, 50)),
      p95: Math.round(percentile(all, 95)),
      p99: Math.round(percentile(all, 99)),
      max: Math.round(all[all.length - 1] ?? 0),
      status: samples.reduce<Record<string, number>>((acc, s) => ((acc[s.status] = (acc[s.status] ?? 0) + 1), acc), {}),
      fiveXX,
      non2xx: unexpected.length,
      staleVersionRetries: conflicts,
      logErrorLines: logErrors.length,
      byKind,
      note: 'loopback, api child process (ts-node), shared 2-CPU machine; latencies in ms',
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/load.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(
      `[load] ${report.requests} requests in ${report.seconds} s (${report.rps}/s), p50 ${report.p50} ms, p95 ${report.p95} ms, p99 ${report.p99} ms, 5xx ${fiveXX}, non-2xx ${unexpected.length}\n${JSON.stringify(byKind)}\n`,
    );

    expect(samples.length).toBeGreaterThan(USERS);
    expect(fiveXX).toBe(0);
    expect(unexpected.slice(0, 20)).toEqual([]);
    expect(logErrors.map((l) => `${l.msg} ${JSON.stringify(l['err'] ?? '').slice(0, 200)}`)).toEqual([]);
    expect(await auditMismatches(url)).toEqual([]);
  });
});
