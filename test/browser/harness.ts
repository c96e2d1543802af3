// Starts the real api + worker for the browser suite: own database, own Redis index, own port.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { appUrlFor } from '../../libs/testing/src/database-roles';

export const ROOT = join(__dirname, '../..');
export const DATABASE_URL =
  process.env['BROWSER_DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/luyue_test_browser';
const REDIS_URL =
  process.env['BROWSER_REDIS_URL'] ?? 'redis://127.0.0.1:6379/7';
const TS_NODE = ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'];

export interface Stack {
  baseUrl: string;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stackEnv(port: number): NodeJS.ProcessEnv {
  const base = `http://127.0.0.1:${port}`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL, // the owner's: `migrate` only
    APP_DATABASE_URL: appUrlFor(DATABASE_URL), // api, worker and seed run as luyue_app
    REDIS_URL,
    APP_BASE_URL: base,
    CORS_ORIGIN: base,
    EVIDENCE_DIR: join(ROOT, 'tmp/browser-evidence'),
    LOG_LEVEL: process.env['BROWSER_LOG_LEVEL'] ?? 'warn',
    TS_NODE_PROJECT: 'tsconfig.base.json',
    TS_NODE_TRANSPILE_ONLY: 'true',
  };
}

/** Drops the suite's database so `seed` (which only fills an empty one) always starts clean. */
async function resetDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    await redis.flushdb(); // stale BullMQ jobs from an earlier run would confuse the worker
  } finally {
    redis.disconnect();
  }
}

function cli(command: string, env: NodeJS.ProcessEnv): void {
  execFileSync('npm', ['run', '-s', 'cli', '--', command], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
}

function startNode(
  entry: string,
  env: NodeJS.ProcessEnv,
  logs: string[],
): ChildProcess {
  const child = spawn(process.execPath, [...TS_NODE, entry], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    logs.push(chunk.toString());
    if (logs.length > 200) logs.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** Startup compiles the whole api with ts-node: slow on a busy machine, hence the generous limit. */
async function waitForHealth(
  baseUrl: string,
  api: ChildProcess,
  logs: string[],
): Promise<void> {
  const limitMs = Number(process.env['BROWSER_START_TIMEOUT_MS'] ?? 300_000);
  const deadline = Date.now() + limitMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (api.exitCode !== null)
      throw new Error(`api exited with ${api.exitCode}:\n${logs.join('')}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `api not healthy after ${limitMs / 1000} s (last: ${last}):\n${logs.join('')}`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Build the admin, reset + migrate + seed the database, then start the worker and the api. */
export async function startStack(): Promise<Stack> {
  const port = await freePort();
  const env = stackEnv(port);
  mkdirSync(env['EVIDENCE_DIR'] as string, { recursive: true });
  // The api serves dist/apps/admin only if it exists when it starts. NODE_ENV=production:
  // jest's "test" would otherwise give React's development build.
  execFileSync('bash', ['ops/build-admin.sh'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
  await resetDatabase();
  cli('migrate', env);
  cli('seed', env);
  const logs: string[] = [];
  const worker = startNode('apps/worker/src/main.ts', env, logs);
  const api = startNode('apps/api/src/main.ts', env, logs);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all([stopChild(api), stopChild(worker)]);
  };
  try {
    await waitForHealth(baseUrl, api, logs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
