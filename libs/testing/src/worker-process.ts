import { type ChildProcess, spawn } from 'node:child_process';
import { TS_NODE_ARGS, TS_NODE_ENV, stopChild } from './child-process';
import { ROOT } from './repo-root';

/** The real worker (apps/worker/src/main.ts) as a child process, killable with SIGKILL. */
export class WorkerProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, [...TS_NODE_ARGS, 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...TS_NODE_ENV, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`worker did not start:\n${this.output}`)), 180_000);
      const check = () => {
        if (this.output.includes('Luyue worker running')) {
          clearTimeout(timer);
          ok();
        }
      };
      child.stderr?.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`worker exited (${code}):\n${this.output}`));
      });
    });
  }

  get log(): string {
    return this.output;
  }

  kill(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopChild(child);
  }
}
