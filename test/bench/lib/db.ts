import { appUrlFor, withClient } from '@luyue/testing';

// Small pg helpers for the benchmark: it always works in a database of its own.

export { withClient };

export const PG_BASE = process.env['BENCH_PG_BASE'] ?? 'postgres://postgres@127.0.0.1:5432';

export function dbUrl(name: string): string {
  return `${PG_BASE}/${name}`;
}

/** The same database as luyue_app (what the api, worker and import run as), optionally with a password. */
export function appDbUrl(name: string, password?: string): string {
  const url = new URL(appUrlFor(dbUrl(name)));
  if (password) url.password = password;
  return url.toString();
}

/** Drops and recreates `name` (refuses anything that does not look like a bench/perf database). */
export async function recreateDatabase(name: string): Promise<void> {
  if (!/^luyue_(bench|perf)[a-z0-9_]*$/.test(name)) throw new Error(`refusing to recreate database ${name}`);
  await withClient(dbUrl('postgres'), async (c) => {
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

export const log = (...args: unknown[]): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${args.map(String).join(' ')}\n`);
};

export async function timed<T>(label: string, fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  log(`${label}: ${seconds.toFixed(2)} s`);
  return { value, seconds };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Middle value (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
