import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TS_NODE_ARGS, TS_NODE_ENV } from '@luyue/testing';
import { log } from './db';

export { ROOT, stopChild as stop } from '@luyue/testing';

/** Starts a TypeScript entry point (apps/…/main.ts) the way `npm run start:*` does; output goes to `logFile`. */
export function startTs(entry: string, env: Record<string, string>, logFile: string, args: string[] = []): ChildProcess {
  return startNode([...TS_NODE_ARGS, entry, ...args], { ...TS_NODE_ENV, ...env }, logFile, `${entry} ${args.join(' ')}`);
}

/** node with `args` in the repository root, its output appended to `logFile`. */
function startNode(args: string[], env: Record<string, string>, logFile: string, label: string): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  log(`started ${label} (pid ${child.pid}, log ${logFile})`);
  return child;
}

/**
 * Starts an app the way production runs it (`npm run start:prod`): its build under dist/server
 * (ops/build-server.sh), with plain node. Not ts-node: ts-node loads node:repl, and with it the
 * domain module, which wraps every EventEmitter's construction and emit (1.6 % of a list request's
 * CPU in a profile; the built api took 8 % less CPU a list request in alternating runs).
 */
export function startBuilt(app: 'api' | 'worker', env: Record<string, string>, logFile: string): ChildProcess {
  const entry = join(ROOT, `dist/server/apps/${app}/src/main.js`);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run bash ops/build-server.sh`);
  return startNode([entry], env, logFile, entry);
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
