// Two api processes and two worker processes on one PostgreSQL and one Redis, as a deployment
// with replicas runs them (ops/docker-compose.yml). Requests alternate between the apis; the
// answers must not depend on which one is asked, and the workers must share the work without
// sending anything twice, even when one of them is killed half-way.
import Redis from 'ioredis';
import { validateEnv } from '@luyue/config';
import { ReminderProducer } from '@luyue/queue';
import { addDays } from '@luyue/domain';
import { freePort, waitFor, withAppDatabaseUrl, WorkerProcess, ApiProcess, DEMO, DEMO_PASSWORD, Http, SEED_DAY, query, seededDatabase, SmtpSink } from '@luyue/testing';

const DATABASE = 'luyue_test_scale';
const REDIS_URL = 'redis://127.0.0.1:6379/6';
const CONCURRENCY = 3;
const STAFF = 400;

jest.setTimeout(300_000);

describe('two apis and two workers on one PostgreSQL and one Redis', () => {
  let url: string;
  let redis: Redis;
  let sink: SmtpSink;
  const apis: ApiProcess[] = [];
  const http: Http[] = [];
  const workers: WorkerProcess[] = [];
  /** The apis in turn: request k goes to api k mod 2. */
  let turn = 0;
  const next = () => http[turn++ % 2];

  const workerEnv = () => ({
    ...withAppDatabaseUrl({ DATABASE_URL: url }),
    REDIS_URL,
    SMTP_URL: sink.url,
    MAIL_FROM: '履约 <noreply@luyue.test>',
    APP_BASE_URL: 'https://luyue.test',
    EMAIL_ATTEMPTS: '10',
    EMAIL_BACKOFF_MS: '200',
    EMAIL_CONCURRENCY: String(CONCURRENCY),
    QUEUE_LOCK_DURATION_MS: '2000',
    LOG_LEVEL: 'error',
  });

  beforeAll(async () => {
    url = await seededDatabase(DATABASE);
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    sink = new SmtpSink({ delayMs: 5 });
    await sink.start();
    for (let i = 0; i < 2; i++) {
      const api = new ApiProcess({ DATABASE_URL: url, REDIS_URL, PORT: String(await freePort()), LOG_LEVEL: 'warn', EVIDENCE_DIR: `tmp/scale-evidence-${i}` }, `tmp/scale-api-${i}.log`);
      apis.push(api);
      http.push(new Http(api.baseUrl));
    }
    workers.push(new WorkerProcess(workerEnv()), new WorkerProcess(workerEnv()));
    await Promise.all([...apis.map((a) => a.start()), ...workers.map((w) => w.start())]);
  }, 600_000);

  afterAll(async () => {
    await Promise.all([...apis.map((a) => a.stop()), ...workers.map((w) => w.stop())]);
    await sink?.stop();
    redis?.disconnect();
  });

  it('counts failed sign-ins across both apis: the 11th attempt is refused by either', async () => {
    const email = DEMO.managerFtz;
    for (let i = 0; i < 10; i++) expect((await next().request('POST', '/api/auth/login', { json: { email, password: `wrong-${i}` } })).status).toBe(401);
    for (const api of http) expect((await api.request('POST', '/api/auth/login', { json: { email, password: DEMO_PASSWORD } })).status).toBe(429);
  });

  it('ends a session on both apis at once: a sign-out on one is refused by the other on the very next request', async () => {
    const [a, b] = http;
    const token = await a.login(DEMO.staffFtz);
    expect((await b.request('GET', '/api/obligations', { token })).status).toBe(200);
    expect((await a.request('POST', '/api/auth/logout', { token })).status).toBeLessThan(300);
    expect((await b.request('GET', '/api/obligations', { token })).status).toBe(401);
  });

  it('refuses a deactivated user on both apis on the very next request', async () => {
    const [a, b] = http;
    const admin = await a.login(DEMO.admin);
    const token = await b.login(DEMO.staffGwh);
    expect((await a.request('GET', '/api/obligations', { token })).status).toBe(200);
    const [{ id }] = await query<{ id: string }>(url, 'SELECT id FROM users WHERE email = $1', [DEMO.staffGwh]);
    expect((await b.request('PUT', `/api/users/${id}`, { token: admin, json: { active: false } })).status).toBe(200);
    for (const api of http) expect((await api.request('GET', '/api/obligations', { token })).status).toBe(401);
    expect((await a.request('PUT', `/api/users/${id}`, { token: admin, json: { active: true } })).status).toBe(200);
  });

  it('answers the same list totals from either api right after a change made through the other', async () => {
    const [a, b] = http;
    const admin = await a.login(DEMO.admin);
    const totalOf = async (api: Http, status: string) =>
      Number(
        /\/(\d+)$/.exec((await api.request('GET', `/api/obligations?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ status }))}`, { token: admin })).headers.get('content-range') ?? '')?.[1],
      );
    const page = await a.request('GET', `/api/obligations?range=[0,49]&filter=${encodeURIComponent('{"status":"pending"}')}`, { token: admin });
    const item = (page.body as { id: string; version: number; allowedTransitions: { to: string }[] }[]).find((o) => o.allowedTransitions.length > 0);
    expect(item).toBeDefined();
    const target = item!.allowedTransitions[0].to;
    const before = { pending: await totalOf(b, 'pending'), target: await totalOf(b, target) }; // b has both counts cached now
    const moved = await a.request('POST', `/api/obligations/${item!.id}/transitions`, { token: admin, json: { to: target, version: item!.version, note: '扩容测试' } });
    expect(moved.status).toBe(200);
    for (const api of http) expect({ pending: await totalOf(api, 'pending'), target: await totalOf(api, target) }).toEqual({ pending: before.pending - 1, target: before.target + 1 });
  });

  it('sends each reminder of a day exactly once when both workers sweep it, and loses nothing when one is killed mid-send', async () => {
    // A body with many staff and one duty due in a reminder offset: one e-mail per staff member.
    const [{ bodyId }] = await query<{ bodyId: string }>(
      url,
      `INSERT INTO bodies (name, jurisdiction, level, kind) VALUES ('扩容测试局', '新疆维吾尔自治区', '州市', 'department') RETURNING id AS "bodyId"`,
    );
    await query(
      url,
      `INSERT INTO users (email, name, password_hash, role, body_id)
       SELECT 'scale-' || lpad(i::text, 3, '0') || '@example.test', '员工' || i, 'x', 'staff', $1 FROM generate_series(1, $2) AS i`,
      [bodyId, STAFF],
    );
    const day = addDays(SEED_DAY, 40); // past the seeded data's own reminders
    await query(
      url,
      `INSERT INTO obligations (regulation_id, text, title, modality, status, lead_body_ids, due_date, origin)
       SELECT regulation_id, '扩容测试义务', '扩容测试', 'must', 'pending', ARRAY[$1]::uuid[], $2::date + 7, 'manual' FROM obligations LIMIT 1`,
      [bodyId, day],
    );
    sink.reset({ delayMs: 5 });

    // Both workers' schedulers fire for the same day (two sweeps, two ids) at the same moment.
    const env = validateEnv({ ...process.env, DATABASE_URL: url, REDIS_URL });
    const producers = [ReminderProducer.connect(env), ReminderProducer.connect(env)];
    await Promise.all(producers.map((p, i) => p.enqueueSweep({ today: day, sweepId: `scale-${i}` })));
    await waitFor(async () => sink.received.length >= STAFF / 4, 120_000, `${STAFF / 4} messages`);
    workers[0].kill();
    const killedAt = Date.now();

    // The day's outbox: the staff's reminders and whatever else the seeded data is due (a digest on Mondays).
    const ofDay = async () =>
      (await query<{ rows: number; sent: number }>(url, `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'sent')::int AS sent FROM notifications WHERE day = $1`, [day]))[0];
    await waitFor(async () => ((await ofDay()).sent === (await ofDay()).rows ? true : null), 180_000, 'every reminder of the day sent by the surviving worker');
    await new Promise((r) => setTimeout(r, 1000)); // anything sent twice would have arrived by now
    await Promise.all(producers.map((p) => p.close()));

    const { rows } = await ofDay();
    const [{ staffRows }] = await query<{ staffRows: number }>(url, `SELECT count(*)::int AS "staffRows" FROM notifications WHERE day = $1 AND recipient_email LIKE 'scale-%'`, [day]);
    expect(staffRows).toBe(STAFF); // one per staff member although two sweeps selected them
    const ids = sink.received.map((m) => m.messageId);
    const distinct = new Set(ids);
    expect(distinct.size).toBe(rows);
    // A duplicate is a message the killed worker had in flight: first seen before the kill, at most its concurrency.
    expect(ids.length - distinct.size).toBeLessThanOrEqual(CONCURRENCY);
    const firstSeen = new Map<string, number>();
    for (const m of sink.received) {
      const first = firstSeen.get(m.messageId);
      if (first === undefined) firstSeen.set(m.messageId, m.at);
      else expect(first).toBeLessThanOrEqual(killedAt + 200);
    }
    process.stderr.write(
      `[two of everything] ${rows} reminders (${STAFF} to one body's staff), 2 sweeps, 1 worker killed: ${distinct.size} distinct delivered, ${ids.length - distinct.size} duplicate(s)\n`,
    );
  });
});
