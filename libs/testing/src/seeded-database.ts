// The seeded template database (migrate + `luyue seed`, built once per day and schema) and cheap
// per-suite copies of it, for the suites that run the api as a child process.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TIME_ZONE, todayIn } from '@luyue/domain';
import { APP_DATABASE_ROLE } from '@luyue/config';
import { TS_NODE_ARGS, TS_NODE_ENV } from './child-process';
import { withAppDatabaseUrl } from './database-roles';
import { localDbUrl, withClient } from './pg-client';
import { postgresBin } from './postgres-bin';
import { ROOT } from './repo-root';

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
  return execFileSync(process.execPath, [...TS_NODE_ARGS, 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TS_NODE_ENV, NODE_ENV: 'test', ...withAppDatabaseUrl(env) },
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
  const dump = execFileSync(postgresBin('pg_dump'), ['--no-owner', '-d', localDbUrl(template)], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync(postgresBin('psql'), ['-q', '-v', 'ON_ERROR_STOP=1', '-d', `${target}/luyue`], { input: dump, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return `${target}/luyue`;
}
