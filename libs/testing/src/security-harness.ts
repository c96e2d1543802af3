// Harness for the security, fault, load and audit suites (test/security, test/faults, test/load,
// test/audit): a seeded template database (migrate + `luyue seed` once per day and schema), cheap
// per-suite copies of it, the real api as a child process whose log output the test reads, and a
// small fetch-based client.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, statSync, type WriteStream } from 'node:fs';
import { type ClientRequest, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DEFAULT_TIME_ZONE, todayIn } from '@luyue/domain';
import { WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { APP_DATABASE_ROLE } from '@luyue/config';
import { withAppDatabaseUrl } from './database-roles';
import { freePort, waitFor } from './private-services';

export const ROOT = join(__dirname, '../../..');
export const DEMO_PASSWORD = 'Luyue-demo-2025';
export const DEMO = {
  admin: 'admin@luyue.demo',
  managerGwh: 'manager.gwh@luyue.demo',
  staffGwh: 'staff.gwh@luyue.demo',
  managerFtz: 'manager.ftz@luyue.demo',
  staffFtz: 'staff.ftz@luyue.demo',
  managerPort: 'manager.port@luyue.demo',
  staffPort: 'staff.port@luyue.demo',
} as const;

const SERVER = 'postgres://postgres@127.0.0.1:5432';
export const localDbUrl = (name: string) => `${SERVER}/${name}`;

const TS_ENV = { TS_NODE_PROJECT: 'tsconfig.base.json', TS_NODE_TRANSPILE_ONLY: 'true' };
const NODE_ARGS = ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'];

function pgBin(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return join('/usr/lib/postgresql', versions[0], 'bin', name);
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * The day the seeded template's due dates are relative to: today where the seed computes it
 * (APP_TIME_ZONE's default, Asia/Shanghai, which is a day ahead of UTC from 16:00 UTC).
 */
export const SEED_DAY = todayIn(DEFAULT_TIME_ZONE);

function filesHash(): string {
  const h = createHash('sha256');
  const add = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) add(p);
      else h.update(f).update(readFileSync(p));
    }
  };
  add(join(ROOT, 'libs/persistence/src/migrations'));
  add(join(ROOT, 'ops/seed'));
  h.update(readFileSync(join(ROOT, 'apps/cli/src/commands/seed.command.ts')));
  h.update(readFileSync(join(ROOT, 'libs/application/src/seed/seed-demo-data.use-case.ts')));
  // seed due dates are relative to the seed day
  h.update(SEED_DAY);
  return h.digest('hex').slice(0, 10);
}

/**
 * Runs a CLI command (apps/cli) with the given environment; throws with its output on failure.
 * `migrate` runs as the owner (DATABASE_URL), the others as luyue_app on the same database.
 */
export function runCli(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [...NODE_ARGS, 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TS_ENV, NODE_ENV: 'test', ...withAppDatabaseUrl(env) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 240_000,
  });
}

/**
 * The name of a local database holding migrations + demo seed (built once per day / schema change;
 * built under a temporary name and renamed, so a half-built template is never used).
 */
export async function seededTemplate(): Promise<string> {
  const name = `luyue_sec_tpl_${filesHash()}`;
  const admin = localDbUrl('postgres');
  const exists = await withClient(admin, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  if (exists) return name;
  const building = `${name}_b${process.pid}`;
  await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${building}`).then(() => c.query(`CREATE DATABASE ${building}`)));
  runCli(['migrate'], { DATABASE_URL: localDbUrl(building) });
  runCli(['seed'], { DATABASE_URL: localDbUrl(building), REDIS_URL: 'redis://127.0.0.1:6379/10' });
  await withClient(admin, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
  });
  return name;
}

/** A fresh local copy of the seeded template under `name` (dropped first if present); returns its URL. */
export async function seededDatabase(name: string): Promise<string> {
  const template = await seededTemplate();
  await withClient(localDbUrl('postgres'), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
  return localDbUrl(name);
}

/** Copies the seeded template into a database `luyue` on another server (a PrivatePostgres), via pg_dump | psql. */
export async function seedPrivateCluster(port: number): Promise<string> {
  const template = await seededTemplate();
  const target = `postgres://postgres@127.0.0.1:${port}`;
  await withClient(`${target}/postgres`, (c) => c.query('CREATE DATABASE luyue'));
  // Roles belong to the cluster and pg_dump leaves them out: the dump's grants name luyue_app.
  await withClient(`${target}/postgres`, (c) => c.query(`CREATE ROLE ${APP_DATABASE_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT`));
  const dump = execFileSync(pgBin('pg_dump'), ['--no-owner', '-d', localDbUrl(template)], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync(pgBin('psql'), ['-q', '-v', 'ON_ERROR_STOP=1', '-d', `${target}/luyue`], { input: dump, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return `${target}/luyue`;
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (c) => (await c.query(sql, params)).rows as T[]);
}

/** The real api (apps/api/src/main.ts) as a child process; every line it writes is kept (and teed to a file). */
export class ApiProcess {
  private child?: ChildProcess;
  private out = '';
  private file?: WriteStream;
  readonly port: number;

  constructor(
    private readonly env: Record<string, string>,
    readonly logFile?: string,
    /** Another entry point (e.g. the worker) and the line that says it is ready. */
    private readonly entry = 'apps/api/src/main.ts',
    private readonly readyLine = 'Luyue api listening',
  ) {
    this.port = Number(env['PORT']);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.out;
  }

  /** Parsed JSON log lines (pino); non-JSON lines come back as {msg: line, raw: true}. */
  logLines(): { level?: number; msg?: string; raw?: boolean; [k: string]: unknown }[] {
    return this.out
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        try {
          return JSON.parse(l);
        } catch {
          return { msg: l, raw: true };
        }
      });
  }

  async start(timeoutMs = 600_000): Promise<void> {
    if (this.logFile && !this.file) {
      mkdirSync(join(this.logFile, '..'), { recursive: true });
      this.file = createWriteStream(this.logFile, { flags: 'a' });
    }
    const child = spawn(process.execPath, [...NODE_ARGS, this.entry], {
      cwd: ROOT,
      // DATABASE_URL is the owner's; the child connects as luyue_app (APP_DATABASE_URL) on the same database.
      env: { ...process.env, ...TS_ENV, NODE_ENV: 'test', LOG_LEVEL: 'info', ...withAppDatabaseUrl(this.env) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const sink = (d: Buffer) => {
      this.out += d.toString();
      this.file?.write(d);
    };
    child.stdout?.on('data', sink);
    child.stderr?.on('data', sink);
    let exited = false;
    child.once('exit', () => (exited = true));
    try {
      await waitFor(
        async () => {
          if (exited) throw new Error(`${this.entry} exited while starting:\n${this.out.slice(-4000)}`);
          return this.out.includes(this.readyLine);
        },
        timeoutMs,
        `${this.entry} to start`,
      );
    } catch (err) {
      await this.stop(); // never leave a half-started child behind
      throw err;
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    this.file?.end();
    this.file = undefined;
  }
}

function toReply(status: number, raw: IncomingHttpHeaders, buf: Buffer): Reply {
  const headers = new Headers();
  for (const [k, v] of Object.entries(raw)) for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, value);
  const text = buf.toString('utf8');
  let parsed: unknown = text;
  if ((headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status, headers, body: parsed, text };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/**
 * Minimal HTTP client for the api under test, on node:http rather than fetch: the server may answer
 * (413) and close while a large body is still being sent, and fetch then fails with EPIPE instead of
 * giving the status. Here the response is read as soon as it arrives; a write error after it is ignored.
 */
export class Http {
  constructor(readonly baseUrl: string) {}

  request(method: string, path: string, options: { token?: string; json?: unknown; body?: string | Buffer; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.json === 'string' ? options.json : JSON.stringify(options.json);
    }
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    if (payload) headers['content-length'] = String(payload.length);
    return new Promise<Reply>((resolve, reject) => {
      let answered = false;
      let markAnswered = (): void => undefined;
      const answer = new Promise<void>((done) => (markAnswered = done));
      const req = httpRequest(new URL(this.baseUrl + path), { method, headers, timeout: options.timeoutMs ?? 30_000 }, (res) => {
        answered = true;
        markAnswered();
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve(toReply(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))));
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within ${options.timeoutMs ?? 30_000} ms`)));
      // EPIPE / ECONNRESET while still sending, once the server has answered, is the early answer's close.
      req.on('error', (err) => {
        if (!answered) reject(err);
      });
      void writeUnlessAnswered(req, payload, answer);
    });
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const r = await this.request('POST', '/api/auth/login', { json: { email, password }, headers: { 'x-forwarded-for': `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` } });
    if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
    return r.body.accessToken as string;
  }
}

// Bodies above this are held back until the server has had time to refuse them by their headers.
const LARGE_BODY = 1024 * 1024;
const EARLY_ANSWER_WAIT_MS = 2000;

/**
 * Sends a large body only if the server has not answered its headers within a moment (the
 * manual form of `Expect: 100-continue`, which node's server would grant at once): a 413 decided
 * on Content-Length is then read whole, never cut off by a write into the closing socket.
 */
async function writeUnlessAnswered(req: ClientRequest, payload: Buffer | undefined, answered: Promise<void>): Promise<void> {
  if (!payload || payload.length <= LARGE_BODY) {
    req.end(payload);
    return;
  }
  req.flushHeaders();
  const early = await Promise.race([answered.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), EARLY_ANSWER_WAIT_MS).unref())]);
  if (!early && !req.destroyed) req.end(payload);
}

/** What a security suite works against; see startSecuritySuite. */
export interface SecuritySuite {
  api: ApiProcess;
  http: Http;
  /** The suite's own seeded database. */
  url: string;
  redis: Redis;
  /** Tokens of the demo admin and of 管委会 staff. */
  admin: string;
  staff: string;
  stop(): Promise<void>;
}

/**
 * The api as a child process on a fresh seeded copy `database`, with Redis db `redisUrl` emptied
 * and a worker heartbeat set (so health stays green without a worker), and two users signed in.
 */
export async function startSecuritySuite(o: { database: string; redisUrl: string; env?: Record<string, string>; logFile?: string }): Promise<SecuritySuite> {
  const url = await seededDatabase(o.database);
  const redis = new Redis(o.redisUrl);
  const api = new ApiProcess({ DATABASE_URL: url, REDIS_URL: o.redisUrl, PORT: String(await freePort()), ...o.env }, o.logFile);
  const stop = async () => {
    await api.stop();
    await redis.quit();
  };
  try {
    await redis.flushdb();
    await redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 3600);
    await api.start();
    const http = new Http(api.baseUrl);
    return { api, http, url, redis, admin: await http.login(DEMO.admin), staff: await http.login(DEMO.staffGwh), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A multipart/form-data body with one `file` part (plus optional text fields). */
export function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}, contentType = 'application/octet-stream'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----luyue${randomUUID().replace(/-/g, '')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8'));
  parts.push(content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * Inserts an obligation (copied from an existing one of the same database for its regulation) led by
 * `lead`, in `status`, with a matching event trail (created → confirmed → status_changed), so the
 * audit check holds for it. Returns its id.
 */
export async function makeObligation(
  url: string,
  o: { lead: string[]; co?: string[]; status: string; dueDate?: string | null; title?: string; text?: string; assigneeId?: string | null },
): Promise<string> {
  return withClient(url, async (c) => {
    const [{ regulation_id }] = (await c.query('SELECT regulation_id FROM obligations LIMIT 1')).rows;
    const id = randomUUID();
    const due = o.dueDate === undefined ? new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10) : o.dueDate;
    await c.query(
      `INSERT INTO obligations (id, regulation_id, text, title, modality, status, lead_body_ids, co_body_ids, due_date, assignee_id, origin)
       VALUES ($1, $2, $3, $4, 'must', $5, $6::uuid[], $7::uuid[], $8, $9, 'manual')`,
      [id, regulation_id, o.text ?? `安全测试义务 ${id}`, o.title ?? `安全测试 ${id.slice(0, 8)}`, o.status, o.lead, o.co ?? [], due, o.assigneeId ?? null],
    );
    await c.query(`INSERT INTO obligation_events (obligation_id, type, to_status) VALUES ($1, 'created', 'draft')`, [id]);
    if (o.status !== 'draft') {
      await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) VALUES ($1, 'confirmed', 'draft', 'pending')`, [id]);
      if (o.status !== 'pending') await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) VALUES ($1, 'status_changed', 'pending', $2)`, [id, o.status]);
    }
    return id;
  });
}

/**
 * Audit integrity: obligations whose status differs from the last status of their event trail
 * (or that have no status event at all). Empty = consistent.
 */
export async function auditMismatches(url: string): Promise<{ id: string; status: string; last: string | null }[]> {
  return query(
    url,
    `SELECT o.id, o.status,
            (SELECT e.to_status FROM obligation_events e WHERE e.obligation_id = o.id AND e.to_status IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS last
       FROM obligations o
      WHERE o.status IS DISTINCT FROM (SELECT e.to_status FROM obligation_events e WHERE e.obligation_id = o.id AND e.to_status IS NOT NULL ORDER BY e.id DESC LIMIT 1)`,
  );
}

/** The bytes of a minimal valid PDF / PNG / docx-like zip for uploads. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const SAMPLE_PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d8d1a30000000049454e44ae426082', 'hex');

/** `count` obligations like makeObligation (led by `lead`, status pending, trail created → confirmed), in one round trip. */
export async function makePendingObligations(url: string, lead: string[], count: number): Promise<string[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `WITH reg AS (SELECT regulation_id FROM obligations LIMIT 1),
            ins AS (
              INSERT INTO obligations (regulation_id, text, title, modality, status, lead_body_ids, due_date, origin)
              SELECT reg.regulation_id, '负载测试义务 ' || g, '负载测试 ' || g, 'must', 'pending', $1::uuid[], current_date + 30, 'manual'
                FROM reg, generate_series(1, $2) g
              RETURNING id),
            e1 AS (INSERT INTO obligation_events (obligation_id, type, to_status) SELECT id, 'created', 'draft' FROM ins)
       SELECT id FROM ins`,
      [lead, count],
    );
    const ids = rows.map((r) => r.id as string);
    // a second statement so the 'confirmed' events get higher ids than the 'created' ones
    await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) SELECT unnest($1::uuid[]), 'confirmed', 'draft', 'pending'`, [ids]);
    return ids;
  });
}
