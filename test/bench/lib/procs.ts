import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { ROOT, TS_NODE_ARGS, TS_NODE_ENV } from '@luyue/testing';
import { log } from './db';

export { ROOT, stopChild as stop } from '@luyue/testing';

/** Starts a TypeScript entry point (apps/…/main.ts) the way `npm run start:*` does; output goes to `logFile`. */
export function startTs(entry: string, env: Record<string, string>, logFile: string, args: string[] = []): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...TS_NODE_ARGS, entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TS_NODE_ENV, ...env },
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
