import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './db';

export const ROOT = join(__dirname, '../../..');
const TS_ENV = { TS_NODE_PROJECT: 'tsconfig.base.json', TS_NODE_TRANSPILE_ONLY: 'true' };

/** Starts a TypeScript entry point (apps/…/main.ts) the way `npm run start:*` does; output goes to `logFile`. */
export function startTs(entry: string, env: Record<string, string>, logFile: string, args: string[] = []): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TS_ENV, ...env },
    stdio: ['ignore', out, out],
  });
  log(`started ${entry} ${args.join(' ')} (pid ${child.pid}, log ${logFile})`);
  return child;
}

/** Runs a TypeScript entry point to completion; resolves with its exit code and wall time. */
export function runTs(entry: string, env: Record<string, string>, logFile: string, args: string[] = []): Promise<{ code: number | null; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const child = startTs(entry, env, logFile, args);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, seconds: Number(process.hrtime.bigint() - t0) / 1e9 })));
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers (any status) or `timeoutMs` passes. */
export async function waitHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.status > 0) return true; // any answer: up (health may report 503 for a missing worker)
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
