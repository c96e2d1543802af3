// Starts the real api + worker for a browser suite: own database, own Redis index, own port.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { TS_NODE_ARGS, TS_NODE_ENV, stopChild } from '../child-process';
import { appUrlFor } from '../database-roles';
import { freePort } from '../free-port';
import { ROOT } from '../repo-root';

// Read when a stack starts, so a suite can choose its own (test/browser/backoffice-env.ts).
const databaseUrl = () => process.env['BROWSER_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/luyue_test_browser';
const redisUrl = () => process.env['BROWSER_REDIS_URL'] ?? 'redis://127.0.0.1:6379/7';

export interface Stack {
  baseUrl: string;
  stop(): Promise<void>;
}

function stackEnv(port: number): NodeJS.ProcessEnv {
  const base = `http://127.0.0.1:${port}`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: databaseUrl(), // the owner's: `migrate` only
    APP_DATABASE_URL: appUrlFor(databaseUrl()), // api, worker and seed run as luyue_app
    REDIS_URL: redisUrl(),
    APP_BASE_URL: base,
    CORS_ORIGIN: base,
    EVIDENCE_DIR: join(ROOT, 'tmp/browser-evidence'),
    LOG_LEVEL: process.env['BROWSER_LOG_LEVEL'] ?? 'warn',
    ...TS_NODE_ENV,
  };
}

/** Drops the suite's database so `seed` (which only fills an empty one) always starts clean. */
async function dropSuiteDatabase(): Promise<void> {
  const url = new URL(databaseUrl());
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(redisUrl(), {
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

function startNode(entry: string, env: NodeJS.ProcessEnv, logs: string[]): ChildProcess {
  const child = spawn(process.execPath, [...TS_NODE_ARGS, entry], {
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
async function waitForHealth(baseUrl: string, api: ChildProcess, logs: string[]): Promise<void> {
  const limitMs = Number(process.env['BROWSER_START_TIMEOUT_MS'] ?? 300_000);
  const deadline = Date.now() + limitMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`api exited with ${api.exitCode}:\n${logs.join('')}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`api not healthy after ${limitMs / 1000} s (last: ${last}):\n${logs.join('')}`);
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
  await dropSuiteDatabase();
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
