import type { ChildProcess } from 'node:child_process';

/** How a TypeScript entry point (apps/…/src/main.ts) runs without a build, as `npm run start:*` does. */
export const TS_NODE_ARGS = ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'];
export const TS_NODE_ENV = { TS_NODE_PROJECT: 'tsconfig.base.json', TS_NODE_TRANSPILE_ONLY: 'true' };

/** SIGTERM, then SIGKILL if the child is still there after 10 s; resolves once it has exited. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
