import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { TS_NODE_ARGS, TS_NODE_ENV, stopChild } from './child-process';
import { withAppDatabaseUrl } from './database-roles';
import { ROOT } from './repo-root';
import { waitFor } from './wait-for';

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
    const child = spawn(process.execPath, [...TS_NODE_ARGS, this.entry], {
      cwd: ROOT,
      // DATABASE_URL is the owner's; the child connects as luyue_app (APP_DATABASE_URL) on the same database.
      env: { ...process.env, ...TS_NODE_ENV, NODE_ENV: 'test', LOG_LEVEL: 'info', ...withAppDatabaseUrl(this.env) },
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
    await stopChild(child);
    this.file?.end();
    this.file = undefined;
  }
}
