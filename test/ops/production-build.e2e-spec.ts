// `npm run build` then `npm run start:prod`, as a deployment runs them: plain node on the
// compiled output, migrations applied to a database that did not exist, no demo data, and a
// worker that stays healthy while the SMTP server is unreachable.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, waitFor, localDbUrl } from '@luyue/testing';

const ROOT = join(__dirname, '../..');
const DATABASE = 'luyue_test_prod_build';
const REQUIRED = ['JWT_SECRET', 'APP_DATABASE_URL', 'CHANNEL_SECRET_KEY'];

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** The npm package a bare require names (`@scope/name/sub` → `@scope/name`). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

async function dropDatabase(): Promise<void> {
  const admin = new Client({ connectionString: localDbUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
}

function startProd(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !REQUIRED.includes(k) && !k.startsWith('TS_NODE')));
  const child = spawn('npm', ['run', '-s', 'start:prod'], { cwd: ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => out, exited };
}

/** Every process below `pid` with its command line. */
function descendants(pid: number): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
  const found: string[] = [];
  const walk = (parent: number) => {
    for (const p of table.filter((row) => row.ppid === parent)) {
      found.push(p.args);
      walk(p.pid);
    }
  };
  walk(pid);
  return found;
}

describe('production build', () => {
  beforeAll(() => {
    try {
      execFileSync('bash', ['ops/build.sh'], { cwd: ROOT, stdio: 'pipe', timeout: 600_000 });
    } catch (error) {
      // tsc reports on stdout: show it, not only the exit status.
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
    }
  }, 620_000);

  it('needs only production dependencies at run time', () => {
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const needed = new Set<string>();
    for (const file of jsFiles(join(ROOT, 'dist/server'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
        if (!specifier.startsWith('node:') && !builtins.has(specifier)) needed.add(packageOf(specifier));
      }
    }
    expect(needed.size).toBeGreaterThan(10);
    expect([...needed].filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('refuses to start without JWT_SECRET, APP_DATABASE_URL and CHANNEL_SECRET_KEY', async () => {
    const run = startProd({ DATABASE_URL: localDbUrl(DATABASE) });
    expect(await run.exited).toBe(2);
    for (const name of REQUIRED) expect(run.output()).toContain(name);
  }, 60_000);

  it('migrates a database that does not exist yet and runs api and worker on node alone', async () => {
    await dropDatabase();
    const port = await freePort();
    const run = startProd({
      DATABASE_URL: localDbUrl(DATABASE),
      APP_DATABASE_URL: localDbUrl(DATABASE).replace('postgres@', 'luyue_app:prod-build-test@'),
      REDIS_URL: 'redis://127.0.0.1:6379/6',
      JWT_SECRET: 'a-production-secret-for-the-build-test',
      CHANNEL_SECRET_KEY: 'a-channel-key-of-at-least-thirty-two-characters',
      PORT: String(port),
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      LOG_LEVEL: 'warn',
    });
    try {
      const health = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
          if (!res?.ok) return null;
          const body = (await res.json()) as { info: Record<string, { status: string }> };
          return body.info['worker']?.status === 'up' ? body : null;
        },
        120_000,
        `start:prod to answer /api/health (output: ${run.output().slice(-2000)})`,
      );
      expect(health.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' }, worker: { status: 'up' } });
      const admin = await fetch(`http://127.0.0.1:${port}/`);
      expect(admin.status).toBe(200);
      expect(await admin.text()).toContain('<div id="root">');

      const processes = descendants(run.child.pid!);
      expect(processes.filter((args) => /node dist\/server\/apps\/(api|worker)\/src\/main\.js/.test(args))).toHaveLength(2);
      expect(processes.filter((args) => /ts-node|tsconfig-paths/.test(args))).toEqual([]);

      const db = new Client({ connectionString: localDbUrl(DATABASE) });
      await db.connect();
      const [{ users }] = (await db.query('SELECT count(*)::int AS users FROM users')).rows;
      const [{ migrations }] = (await db.query('SELECT count(*)::int AS migrations FROM migrations')).rows;
      await db.end();
      expect({ users, migrationsApplied: migrations > 5 }).toEqual({ users: 0, migrationsApplied: true });
    } finally {
      process.kill(-run.child.pid!, 'SIGTERM');
      await run.exited;
    }
  }, 240_000);
});
