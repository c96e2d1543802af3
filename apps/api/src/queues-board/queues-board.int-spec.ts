import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { validateEnv } from '@luyue/config';
import { JWT_ALGORITHM, SESSION_COOKIE } from '../auth/session-token';

// The api as a real process (its Fastify plugins are ESM-only under jest), then plain HTTP.
const ROOT = join(__dirname, '../../../..');
const PORT = 3900 + Math.floor(Math.random() * 90);
const BASE = `http://127.0.0.1:${PORT}`;
const env = validateEnv(process.env);

jest.setTimeout(120_000);

describe('Bull Board at /api/admin/queues', () => {
  let api: ChildProcess;
  const jwt = new JwtService({ secret: env.JWT_SECRET, signOptions: { algorithm: JWT_ALGORITHM } });
  // The board re-reads the user on every request: the tokens belong to real users of the test database.
  const ids: Record<string, string> = {};
  const token = (role: 'admin' | 'manager' | 'staff') => jwt.sign({ sub: ids[role], email: `${role}@board.test`, role, bodyId: null, ver: 0 });
  const get = (path: string, cookie?: string) => fetch(`${BASE}${path}`, { headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });

  beforeAll(async () => {
    const owner = new Client({ connectionString: env.DATABASE_URL });
    await owner.connect();
    try {
      const [body] = (await owner.query(`INSERT INTO bodies (name, jurisdiction, level, kind) VALUES ('看板测试机构' || md5(random()::text), '测试', '园区', 'department') RETURNING id`)).rows;
      for (const role of ['admin', 'manager', 'staff']) {
        const { rows } = await owner.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $2, 'x', $2, $3) RETURNING id`, [
          `${role}-${randomUUID()}@board.test`,
          role,
          role === 'admin' ? null : body.id,
        ]);
        ids[role] = rows[0].id;
      }
    } finally {
      await owner.end();
    }
    api = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.base.json', TS_NODE_TRANSPILE_ONLY: 'true', PORT: String(PORT), LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    await new Promise<void>((ok, fail) => {
      api.stderr?.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('listening')) ok();
      });
      api.once('exit', (code) => fail(new Error(`api exited (${code}): ${output}`)));
    });
  });

  afterAll(() => {
    api?.kill('SIGTERM');
  });

  // The router matches percent-decoded paths, so encoded spellings of the prefix are guarded too.
  it.each(['/api/admin/queues', '/api/admin/queues/api/queues', '/api/admin/%71ueues/api/queues', '/api/%61dmin/queues'])('%s: 401 without a session', async (path) => {
    expect((await get(path)).status).toBe(401);
  });

  it('403 for a non-admin session cookie', async () => {
    expect((await get('/api/admin/queues/api/queues', token('manager'))).status).toBe(403);
  });

  it('401 for a cookie signed with another secret', async () => {
    const forged = new JwtService({ secret: 'another-secret-of-enough-length' }).sign({ sub: 'x', role: 'admin' });
    expect((await get('/api/admin/queues', forged)).status).toBe(401);
  });

  it('serves the board and both queues to an admin session cookie', async () => {
    const page = await get('/api/admin/queues', token('admin'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const res = await get('/api/admin/queues/api/queues', token('admin'));
    expect(res.status).toBe(200);
    const names = ((await res.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['luyue-email', 'luyue-sweep']);
  });
});
