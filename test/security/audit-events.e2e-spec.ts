// Security issue 13, audit trail: edits of an obligation leave old → new events, user and body
// administration leaves admin events that only admins read (GET /api/admin-events), and
// `audit verify` (the CLI, as operators run it) says intact / names the broken event / refuses bad
// anchors — on the suite's own seeded database, through the real api and the real CLI.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { verifyAuditTrail } from '@luyue/application';
import { SqlAuditChainReads } from '@luyue/persistence';
import { withAppDatabaseUrl, DEMO, type Http, ROOT, type SecuritySuite, makeObligation, query, startSecuritySuite } from '@luyue/testing';

const DATABASE = 'luyue_test_sec_auditapi';
const REDIS_URL = 'redis://127.0.0.1:6379/3';
const TMP = join(ROOT, 'tmp', 'sec-auditapi');
jest.setTimeout(300_000);

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `luyue audit verify …` as a child process against `url` (the owner's URL, as operators run it). */
function auditVerify(url: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', 'audit', 'verify', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'tsconfig.base.json',
        TS_NODE_TRANSPILE_ONLY: 'true',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        ...withAppDatabaseUrl({ DATABASE_URL: url, REDIS_URL }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** As the owner, with the append-only trigger switched off for this one transaction (as audit-chain.int-spec.ts does). */
async function asOwnerAroundTrigger(url: string, sql: string, params: unknown[]): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica');
    await c.query(sql, params);
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    await c.end();
  }
}

const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

describe('audit events (issue 13): obligation edits, admin events, audit verify', () => {
  let suite: SecuritySuite | undefined;
  let http: Http;
  let url: string;
  let admin: string;
  let staff: string;
  let manager: string;
  let adminId: string;
  let gwh: string;
  let ftz: string;

  const eventsOf = async (obligationId: string) => {
    const r = await http.request('GET', `/api/obligation-events?filter=${enc({ obligationId })}&range=${enc([0, 999])}`, { token: admin });
    expect(r.status).toBe(200);
    return r.body as { id: string; type: string; actorId: string | null; data: Record<string, unknown>; obligationId: string }[];
  };
  const adminEvents = async (filter: Record<string, unknown>) => {
    const r = await http.request('GET', `/api/admin-events?filter=${enc(filter)}&range=${enc([0, 999])}`, { token: admin });
    expect(r.status).toBe(200);
    return r.body as { id: string; type: string; actorId: string; entity: string; entityId: string; changes: Record<string, unknown>; createdAt: string }[];
  };
  const obligation = async (id: string) => {
    const r = await http.request('GET', `/api/obligations/${id}`, { token: admin });
    expect(r.status).toBe(200);
    return r.body as { version: number; title: string; dueDate: string | null; leadBodyIds: string[]; coBodyIds: string[] };
  };

  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    suite = await startSecuritySuite({ database: DATABASE, redisUrl: REDIS_URL, env: { LOG_LEVEL: 'warn', EVIDENCE_DIR: 'tmp/sec-evidence-auditapi' } });
    ({ http, url, admin, staff } = suite);
    manager = await http.login(DEMO.managerGwh);
    const users = await query<{ email: string; id: string; body_id: string | null }>(url, 'SELECT email, id, body_id FROM users');
    const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
    adminId = byEmail[DEMO.admin].id;
    gwh = byEmail[DEMO.staffGwh].body_id as string;
    ftz = byEmail[DEMO.staffFtz].body_id as string;
  }, 900_000);

  afterAll(() => suite?.stop());

  describe('PUT /api/obligations/:id', () => {
    it('an admin edit of title, dueDate and leadBodyIds writes old → new events, each by the admin', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'pending', title: '审计前标题', dueDate: '2031-01-15' });
      const before = await obligation(id);
      const trail = (await eventsOf(id)).length;
      const put = await http.request('PUT', `/api/obligations/${id}`, {
        token: admin,
        json: { version: before.version, title: '审计后标题', dueDate: '2031-03-01', leadBodyIds: [ftz] },
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ title: '审计后标题', dueDate: '2031-03-01', leadBodyIds: [ftz] });

      const added = (await eventsOf(id)).slice(trail);
      expect(added.map((e) => e.type).sort()).toEqual(['assigned', 'due_date_changed', 'updated']);
      for (const e of added) expect(e).toMatchObject({ obligationId: id, actorId: adminId });
      const byType = Object.fromEntries(added.map((e) => [e.type, e.data]));
      // Content fields: one `updated` event with { changes: { field: { from, to } } }, only the fields that changed.
      expect(byType['updated']).toEqual({ changes: { title: { from: '审计前标题', to: '审计后标题' } } });
      expect(byType['due_date_changed']).toEqual({ from: '2031-01-15', to: '2031-03-01' });
      expect(byType['assigned']).toEqual({ leadBodyIds: { from: [gwh], to: [ftz] } });

      // The same events as stored rows: chained, so `audit verify` covers them.
      const rows = await query<{ chain_seq: string; hash: string }>(url, 'SELECT chain_seq::text, hash FROM obligation_events WHERE obligation_id = $1 ORDER BY chain_seq', [id]);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
      expect(rows.map((r) => Number(r.chain_seq))).toEqual(rows.map((_, i) => i + 1));
    });

    it('several content fields in one PUT: one `updated` event listing each of them', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'pending', title: '多字段', text: '旧义务文本' });
      const before = await obligation(id);
      const trail = (await eventsOf(id)).length;
      const put = await http.request('PUT', `/api/obligations/${id}`, { token: admin, json: { version: before.version, title: '多字段（改）', text: '新义务文本', priority: 'high' } });
      expect(put.status).toBe(200);
      const added = (await eventsOf(id)).slice(trail);
      expect(added).toHaveLength(1);
      expect(added[0].type).toBe('updated');
      expect(added[0].data['changes']).toMatchObject({
        title: { from: '多字段', to: '多字段（改）' },
        text: { from: '旧义务文本', to: '新义务文本' },
        priority: { to: 'high' },
      });
      expect(Object.keys(added[0].data['changes'] as object).sort()).toEqual(['priority', 'text', 'title']);
    });

    it('a PUT that changes nothing (same values, a title differing only by surrounding spaces) writes no event', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'pending', title: '不变', dueDate: '2031-05-05' });
      const before = await obligation(id);
      const trail = await eventsOf(id);
      const put = await http.request('PUT', `/api/obligations/${id}`, {
        token: admin,
        json: { version: before.version, title: '  不变  ', dueDate: '2031-05-05', leadBodyIds: [gwh], coBodyIds: before.coBodyIds },
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ title: '不变', dueDate: '2031-05-05', leadBodyIds: [gwh] });
      expect(await eventsOf(id)).toEqual(trail);
      // A PUT with only the version is no change either.
      const empty = await http.request('PUT', `/api/obligations/${id}`, { token: admin, json: { version: put.body.version } });
      expect(empty.status).toBe(200);
      expect(await eventsOf(id)).toEqual(trail);
    });

    it('a rejected edit (stale version, or staff) writes no event', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'pending', title: '拒绝' });
      const before = await obligation(id);
      const trail = await eventsOf(id);
      const stale = await http.request('PUT', `/api/obligations/${id}`, { token: admin, json: { version: before.version + 5, title: '不应写入' } });
      expect(stale.status).toBe(409);
      const byStaff = await http.request('PUT', `/api/obligations/${id}`, { token: staff, json: { version: before.version, title: '不应写入' } });
      expect(byStaff.status).toBe(403);
      expect(await eventsOf(id)).toEqual(trail);
      expect((await obligation(id)).title).toBe('拒绝');
    });
  });

  describe('GET /api/admin-events', () => {
    const password = 'Audit-events-2025!';
    let userId: string;
    let bodyId: string;

    it('creating and changing a user writes user_created / user_updated with old → new, the password only as changed', async () => {
      const email = `audit.events.${Date.now()}@luyue.test`;
      const created = await http.request('POST', '/api/users', { token: admin, json: { email, name: '审计用户', password, role: 'staff', bodyId: gwh } });
      expect(created.status).toBe(201);
      userId = created.body.id;

      const [createdEvent] = await adminEvents({ entityId: userId });
      expect(createdEvent).toMatchObject({ type: 'user_created', actorId: adminId, entity: 'user', entityId: userId });
      expect(createdEvent.changes).toMatchObject({
        email: { from: null, to: email },
        name: { from: null, to: '审计用户' },
        role: { from: null, to: 'staff' },
        bodyId: { from: null, to: gwh },
        password: { changed: true },
      });

      const updated = await http.request('PUT', `/api/users/${userId}`, { token: admin, json: { name: '审计用户（改）', role: 'manager', password: `${password}x` } });
      expect(updated.status).toBe(200);
      const deactivated = await http.request('DELETE', `/api/users/${userId}`, { token: admin });
      expect(deactivated.status).toBe(200);

      const events = await adminEvents({ entity: 'user', entityId: userId });
      expect(events.map((e) => e.type)).toEqual(['user_updated', 'user_updated', 'user_created']); // newest first
      expect(events[1].changes).toEqual({ name: { from: '审计用户', to: '审计用户（改）' }, role: { from: 'staff', to: 'manager' }, password: { changed: true } });
      expect(events[0].changes).toEqual({ active: { from: true, to: false } });
      // Neither the password nor its hash is ever in the trail.
      const [{ hash }] = await query<{ hash: string }>(url, 'SELECT password_hash AS hash FROM users WHERE id = $1', [userId]);
      const text = JSON.stringify(events);
      expect(text).not.toContain(password);
      expect(text).not.toContain(hash);
      expect(text).not.toContain('$argon2');

      // One event, read by id.
      const one = await http.request('GET', `/api/admin-events/${events[1].id}`, { token: admin });
      expect(one.status).toBe(200);
      expect(one.body).toEqual(events[1]);
    });

    it('a user PUT that changes nothing writes no event', async () => {
      const before = await adminEvents({ entityId: userId });
      const same = await http.request('PUT', `/api/users/${userId}`, { token: admin, json: { name: '  审计用户（改）  ', role: 'manager', active: false } });
      expect(same.status).toBe(200);
      expect(await adminEvents({ entityId: userId })).toEqual(before);
    });

    it('creating, changing and deleting a body writes body_created / body_updated / body_deleted', async () => {
      const name = `审计测试机构 ${Date.now()}`;
      const created = await http.request('POST', '/api/bodies', { token: admin, json: { name, jurisdiction: '新疆维吾尔自治区', level: '园区', kind: 'department', parentId: gwh } });
      expect(created.status).toBe(201);
      bodyId = created.body.id;
      expect((await http.request('PUT', `/api/bodies/${bodyId}`, { token: admin, json: { name: `${name}（改）`, contactEmail: 'audit.body@luyue.test', kind: 'department' } })).status).toBe(200);
      expect((await http.request('PUT', `/api/bodies/${bodyId}`, { token: admin, json: { name: `${name}（改）` } })).status).toBe(200); // no change
      expect((await http.request('DELETE', `/api/bodies/${bodyId}`, { token: admin })).status).toBe(200);

      const events = await adminEvents({ entity: 'body', entityId: bodyId });
      expect(events.map((e) => e.type)).toEqual(['body_deleted', 'body_updated', 'body_created']);
      for (const e of events) expect(e).toMatchObject({ actorId: adminId, entity: 'body', entityId: bodyId });
      expect(events[2].changes).toMatchObject({ name: { from: null, to: name }, level: { from: null, to: '园区' }, kind: { from: null, to: 'department' }, parentId: { from: null, to: gwh } });
      expect(events[1].changes).toEqual({ name: { from: name, to: `${name}（改）` }, contactEmail: { from: null, to: 'audit.body@luyue.test' } });
      expect(events[0].changes).toMatchObject({ name: { from: `${name}（改）`, to: null }, parentId: { from: gwh, to: null } });
    });

    it('filters by type and actor; admin events are not listed under /obligation-events', async () => {
      const created = await adminEvents({ type: 'body_created', actorId: adminId });
      expect(created.length).toBeGreaterThan(0);
      expect(created.every((e) => e.type === 'body_created' && e.actorId === adminId)).toBe(true);
      expect(created.some((e) => e.entityId === bodyId)).toBe(true);
      const all = await http.request('GET', `/api/obligation-events?filter=${enc({ type: ['user_created', 'user_updated', 'body_created', 'body_updated', 'body_deleted'] })}`, { token: admin });
      expect(all.status).toBe(200);
      expect(all.body).toEqual([]);
      expect(String(all.headers.get('content-range'))).toMatch(/\/0$/);
    });

    it('staff and managers get 403, anonymous callers 401 — for the list and for one event', async () => {
      const [some] = await adminEvents({});
      for (const path of ['/api/admin-events', `/api/admin-events/${some.id}`, `/api/admin-events?filter=${enc({ entity: 'user' })}`]) {
        expect([path, (await http.request('GET', path, { token: staff })).status]).toEqual([path, 403]);
        expect([path, (await http.request('GET', path, { token: manager })).status]).toEqual([path, 403]);
        expect([path, (await http.request('GET', path)).status]).toEqual([path, 401]);
        expect([path, (await http.request('GET', path, { token: 'not.a.jwt' })).status]).toEqual([path, 401]);
      }
      // Nor can staff or managers write the events they would read: user and body administration is admin only.
      expect((await http.request('POST', '/api/bodies', { token: manager, json: { name: 'x', jurisdiction: 'x', level: '园区', kind: 'department' } })).status).toBe(403);
      expect((await http.request('PUT', `/api/users/${userId}`, { token: manager, json: { name: 'x' } })).status).toBe(403);
    });

    it('hostile query keys answer 400 or are ignored, never 500, and widen nothing', async () => {
      const baseline = await http.request('GET', '/api/admin-events', { token: admin });
      expect(baseline.status).toBe(200);
      const total = String(baseline.headers.get('content-range')).split('/')[1];
      const problems: string[] = [];
      const keys = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
      for (const key of keys) {
        // As a filter key (JSON text so `__proto__` arrives as an own key) → 400 naming it.
        const filter = await http.request('GET', `/api/admin-events?filter=${encodeURIComponent(`{${JSON.stringify(key)}:"TRUE OR TRUE"}`)}`, { token: admin });
        if (filter.status !== 400 || !String(filter.body?.message ?? '').includes(key)) problems.push(`filter ${key} → ${filter.status} ${filter.text.slice(0, 120)}`);
        // As a sort field → 400.
        const sort = await http.request('GET', `/api/admin-events?sort=${enc([key, 'ASC'])}`, { token: admin });
        if (sort.status !== 400) problems.push(`sort ${key} → ${sort.status}`);
        // As a query string key of its own (and nested, qs-style) → stripped by the DTO whitelist: the plain list.
        for (const qs of [`${key}=x`, `${key}[polluted]=1`, `filter[${key}]=1`]) {
          const r = await http.request('GET', `/api/admin-events?${qs}`, { token: admin });
          if (r.status >= 500) problems.push(`?${qs} → ${r.status}`);
          else if (r.status === 200 && String(r.headers.get('content-range')).split('/')[1] !== total) problems.push(`?${qs} changed the total`);
        }
        // As an id.
        const one = await http.request('GET', `/api/admin-events/${encodeURIComponent(key)}`, { token: admin });
        if (one.status !== 404) problems.push(`/admin-events/${key} → ${one.status}`);
      }
      // A filter value that is an object with inherited names, and an entityId that is SQL.
      for (const filter of ['{"type":{"constructor":"x"}}', '{"entityId":"x\' OR \'1\'=\'1"}', '{"entity":["user","body\') OR TRUE --"]}', '{"type":{"__proto__":["user_created"]}}']) {
        const r = await http.request('GET', `/api/admin-events?filter=${encodeURIComponent(filter)}`, { token: admin });
        if (r.status !== 400 && r.status !== 200) problems.push(`filter ${filter} → ${r.status}`);
        else if (r.status === 200 && Number(String(r.headers.get('content-range')).split('/')[1]) > Number(total)) problems.push(`filter ${filter} widened the list`);
      }
      expect(problems).toEqual([]);
      // Still serving, and Object.prototype of the api not polluted (an unrelated list still answers normally).
      expect((await http.request('GET', '/api/admin-events', { token: admin })).status).toBe(200);
      expect((await http.request('GET', '/api/bodies', { token: staff })).status).toBe(200);
    });
  });

  // Each CLI run compiles the CLI with ts-node (seconds on a busy machine): the CLI is run where its
  // exit code or output is the point, and the library (same function, same snapshot rules) elsewhere.
  describe('audit verify (CLI)', () => {
    let heads: { obligationId: string | null; seq: string; hash: string }[];
    /** verifyAuditTrail in-process, as the owner, in one REPEATABLE READ snapshot like the CLI. */
    const verifyHere = async (anchors?: typeof heads) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const report = await verifyAuditTrail(new SqlAuditChainReads({ query: async (sql: string, params?: unknown[]) => (await c.query(sql, params)).rows }), { anchors });
        await c.query('COMMIT');
        return report;
      } finally {
        await c.end();
      }
    };

    it('on the intact database: exit 0, JSON with ok, counts and a head per chain (admin chain first), as the library says', async () => {
      const run = await auditVerify(url, ['--json']);
      expect({ code: run.code, stderr: run.stderr.slice(-2000) }).toEqual({ code: 0, stderr: expect.any(String) });
      const report = JSON.parse(run.stdout);
      const [{ events, chains }] = await query<{ events: number; chains: number }>(
        url,
        "SELECT count(*)::int AS events, count(DISTINCT coalesce(obligation_id::text, 'admin'))::int AS chains FROM obligation_events",
      );
      expect(report).toMatchObject({ ok: true, events, chains });
      expect(report.broken).toBeUndefined();
      expect(report.heads).toHaveLength(chains);
      expect(report.heads[0].obligationId).toBeNull(); // this suite wrote admin events
      for (const h of report.heads) {
        expect(h.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(h.seq).toMatch(/^\d+$/);
      }
      expect(report).toEqual(JSON.parse(JSON.stringify(await verifyHere())));
      heads = report.heads;
    });

    it('with its own heads as anchors (here: just the heads array): still exit 0', async () => {
      const bare = join(TMP, 'heads-array.json');
      writeFileSync(bare, JSON.stringify(heads));
      const run = await auditVerify(url, ['--anchors', bare]);
      expect({ code: run.code, stderr: run.stderr.slice(-2000) }).toEqual({ code: 0, stderr: expect.stringContaining('audit trail intact') });
    });

    it('a note rewritten by the owner around the trigger: exit 1 and the output names the broken event', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'in_progress', title: '篡改目标' });
      const [target] = await query<{ id: string; note: string | null }>(url, `SELECT id::text, note FROM obligation_events WHERE obligation_id = $1 ORDER BY chain_seq LIMIT 1 OFFSET 1`, [id]);
      // Neither the owner while the trigger is on...
      await expect(query(url, 'UPDATE obligation_events SET note = $2 WHERE id = $1', [target.id, 'rewritten'])).rejects.toThrow(/append-only/);
      // ... but the owner with it off (ALTER TABLE … DISABLE TRIGGER USER would do the same).
      await asOwnerAroundTrigger(url, 'UPDATE obligation_events SET note = $2 WHERE id = $1', [target.id, '事后改写的备注']);
      try {
        const [json, text] = await Promise.all([auditVerify(url, ['--json']), auditVerify(url, [])]);
        expect({ code: json.code, stderr: json.stderr.slice(-2000) }).toEqual({ code: 1, stderr: expect.any(String) });
        expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, broken: { kind: 'hash_mismatch', eventId: target.id, obligationId: id } });
        expect(text.code).toBe(1);
        expect(text.stderr).toContain(`BROKEN at event ${target.id}`);
        expect(text.stderr).toContain(`obligation ${id}`);
        expect(text.stderr).toContain('hash_mismatch');
      } finally {
        // Put the row back: the chain is intact again (so later tests and the audit sweep see a clean database).
        await asOwnerAroundTrigger(url, 'UPDATE obligation_events SET note = $2 WHERE id = $1', [target.id, target.note]);
      }
      expect((await verifyHere()).ok).toBe(true);
    });

    it('a rewritten admin event (the changes of a user edit) is named too', async () => {
      const [target] = await query<{ id: string; data: unknown }>(url, `SELECT id::text, data FROM obligation_events WHERE obligation_id IS NULL AND type = 'user_updated' ORDER BY chain_seq LIMIT 1`);
      await asOwnerAroundTrigger(url, 'UPDATE obligation_events SET data = $2::jsonb WHERE id = $1', [target.id, JSON.stringify({ entity: 'user', id: 'someone-else', changes: {} })]);
      try {
        const run = await auditVerify(url, ['--json']);
        expect(run.code).toBe(1);
        expect(JSON.parse(run.stdout).broken).toMatchObject({ kind: 'hash_mismatch', eventId: target.id, obligationId: null });
      } finally {
        await asOwnerAroundTrigger(url, 'UPDATE obligation_events SET data = $2::jsonb WHERE id = $1', [target.id, JSON.stringify(target.data)]);
      }
      expect((await verifyHere()).ok).toBe(true);
    });

    it('a deleted tail passes without anchors and is reported (exit 1, truncated) against earlier heads', async () => {
      const id = await makeObligation(url, { lead: [gwh], status: 'in_progress', title: '截尾目标' });
      const before = await verifyHere();
      expect(before.ok).toBe(true);
      const anchors = join(TMP, 'heads-before-cut.json');
      writeFileSync(anchors, JSON.stringify(before, null, 2)); // what `audit verify --json` prints
      const [last] = await query<{ id: string; row: Record<string, unknown> }>(
        url,
        `SELECT id::text, to_jsonb(e) AS row FROM obligation_events e WHERE obligation_id = $1 ORDER BY chain_seq DESC LIMIT 1`,
        [id],
      );
      await asOwnerAroundTrigger(url, 'DELETE FROM obligation_events WHERE id = $1', [last.id]);
      try {
        expect((await verifyHere()).ok).toBe(true); // a cut tail alone looks like a shorter chain
        const run = await auditVerify(url, ['--json', '--anchors', anchors]);
        expect(run.code).toBe(1);
        expect(JSON.parse(run.stdout).broken).toMatchObject({ kind: 'truncated', obligationId: id, expected: '3', found: '2' });
      } finally {
        await asOwnerAroundTrigger(url, 'INSERT INTO obligation_events SELECT * FROM jsonb_populate_record(NULL::obligation_events, $1::jsonb)', [JSON.stringify(last.row)]);
      }
      expect((await verifyHere(before.heads)).ok).toBe(true);
    });

    it('--anchors with a malformed, wrong-shaped or missing file: exit 2 with a clear message, no report', async () => {
      const cases: [string, string | null][] = [
        ['not-json.json', '{ heads: [ oops'],
        ['wrong-shape.json', JSON.stringify({ heads: [{ obligationId: 42, seq: 'x', hash: 'short' }] })],
        ['proto.json', '{"__proto__":{"heads":[]},"constructor":{"prototype":{"polluted":true}}}'],
        ['missing.json', null],
      ];
      const runs = await Promise.all(
        cases.map(async ([name, content]) => {
          const path = join(TMP, name);
          if (content !== null) writeFileSync(path, content);
          else rmSync(path, { force: true });
          return { name, path, run: await auditVerify(url, ['--json', '--anchors', path]) };
        }),
      );
      for (const { name, path, run } of runs) {
        expect({ name, code: run.code, stdout: run.stdout }).toEqual({ name, code: 2, stdout: '' });
        expect(run.stderr).toContain(`--anchors ${path}`);
      }
    });
  });
});
