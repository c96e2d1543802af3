// Runs cells of the authorization matrix against the real api (a child process on a database of its own).
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import ExcelJS from 'exceljs';
import { WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { ApiProcess, DEMO, DEMO_PASSWORD, Http, SAMPLE_PDF, auditMismatches, makeObligation, multipart, query, seededDatabase, freePort } from '@luyue/testing';
import { type Cell, type FixtureValues, type Principal, TARGETS, type Target } from './authorization-matrix';

const sharedBody: Partial<Record<Target, string>> = {};
/** Lead/co bodies of a record for a target column. */
function parties(bodies: Record<Target, string>, gwh: string, t: Target): { lead: string[]; co: string[] } {
  return t === 'co' ? { lead: [bodies.other], co: [gwh] } : { lead: [bodies[t]], co: [] };
}

const CREDENTIALS: Record<Exclude<Principal, 'anonymous'>, string> = { staff: DEMO.staffGwh, manager: DEMO.managerGwh, admin: DEMO.admin };

interface World {
  url: string;
  http: Http;
  api: ApiProcess;
  tokens: Record<Exclude<Principal, 'anonymous'>, string>;
  bodies: Record<Target, string>;
  adminId: string;
  managerId: string;
  /** A body outside manager.gwh's tree (口岸主管部门) and a user of it: assignments there are the admin's alone. */
  outsideBodyId: string;
  outsideUserId: string;
  shared: Record<Target, { oid: string; eid: string; evid: string }>;
  regid: string;
  provid: string;
  nid: string;
  redis: Redis;
}

async function badLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('台账').addRow(['not', 'the', 'columns']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function setUp(dbName: string, redisDb: number): Promise<World> {
  const url = await seededDatabase(dbName);
  const redisUrl = `redis://127.0.0.1:6379/${redisDb}`;
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 3600); // so /health is 200 without a worker
  const api = new ApiProcess({ DATABASE_URL: url, REDIS_URL: redisUrl, PORT: String(await freePort()), EVIDENCE_DIR: `tmp/sec-evidence-${dbName}`, LOG_LEVEL: 'warn' });
  await api.start();
  const http = new Http(api.baseUrl);

  const users = await query<{ email: string; id: string; body_id: string | null }>(url, 'SELECT email, id, body_id FROM users');
  const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
  const gwh = byEmail[DEMO.staffGwh].body_id as string;
  const ftz = byEmail[DEMO.staffFtz].body_id as string;
  const [child] = await query<{ id: string }>(
    url,
    `INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) SELECT name || '下属测试中心', jurisdiction, '园区', kind, id FROM bodies WHERE id = $1 RETURNING id`,
    [gwh],
  );
  // for `co`, records are led by 自贸办 with 管委会 as co-body; fresh bodies/users sit under 自贸办
  const bodies: Record<Target, string> = { own: gwh, other: ftz, child: child.id, co: ftz };

  const tokens = {
    staff: await http.login(CREDENTIALS.staff),
    manager: await http.login(CREDENTIALS.manager),
    admin: await http.login(CREDENTIALS.admin),
  };

  const shared = {} as World['shared'];
  for (const t of TARGETS) {
    const oid = await makeObligation(url, { ...parties(bodies, gwh, t), status: 'in_progress' });
    const up = multipart('证明.pdf', SAMPLE_PDF);
    const ev = await http.request('POST', `/api/obligations/${oid}/evidence`, { token: tokens.admin, body: up.body, headers: up.headers });
    if (ev.status !== 201) throw new Error(`evidence upload for ${t}: ${ev.status} ${ev.text}`);
    const [event] = await query<{ id: string }>(url, 'SELECT id::text FROM obligation_events WHERE obligation_id = $1 ORDER BY id DESC LIMIT 1', [oid]);
    shared[t] = { oid, eid: ev.body.id, evid: event.id };
  }
  sharedBody.co = gwh; // GET /api/bodies/:id for the co column reads the co-body
  const [reg] = await query<{ id: string }>(url, 'SELECT id FROM regulations LIMIT 1');
  const [prov] = await query<{ id: string }>(url, 'SELECT id FROM provisions LIMIT 1');
  const [note] = await query<{ id: string }>(
    url,
    `INSERT INTO notifications (key, kind, day, obligation_id, recipient_user_id, recipient_email, message_id)
     VALUES ($1, 'due_soon', current_date, $2, $3, 'staff.gwh@luyue.demo', $4) RETURNING id`,
    [`sec:${randomUUID()}`, shared.own.oid, byEmail[DEMO.staffGwh].id, `<${randomUUID()}@luyue.test>`],
  );
  return {
    url,
    http,
    api,
    tokens,
    bodies,
    adminId: byEmail[DEMO.admin].id,
    managerId: byEmail[DEMO.managerGwh].id,
    outsideBodyId: byEmail[DEMO.staffPort].body_id as string,
    outsideUserId: byEmail[DEMO.staffPort].id,
    shared,
    regid: reg.id,
    provid: prov.id,
    nid: note.id,
    redis,
  };
}

async function fixtureFor(w: World, cell: Cell): Promise<FixtureValues> {
  const t = cell.target ?? 'own';
  const fx: FixtureValues = {
    unique: randomUUID().slice(0, 8),
    regid: w.regid,
    provid: w.provid,
    nid: w.nid,
    toUid: w.managerId,
    outsideBid: w.outsideBodyId,
    outsideUid: w.outsideUserId,
    childBid: w.bodies.child,
  };
  const f = cell.route.fixture;
  switch (f.kind) {
    case 'none':
      break;
    case 'shared':
      Object.assign(fx, w.shared[t], { bid: sharedBody[t] ?? w.bodies[t] });
      break;
    case 'obligation':
      fx.oid = await makeObligation(w.url, { ...parties(w.bodies, w.bodies.own, t), status: f.status });
      fx.version = 1;
      break;
    case 'extension': {
      fx.oid = await makeObligation(w.url, { ...parties(w.bodies, w.bodies.own, t), status: 'in_progress' });
      const [r] = await query<{ id: string }>(
        w.url,
        `INSERT INTO extension_requests (obligation_id, requested_by, reason, current_due_date, proposed_due_date)
         SELECT id, $2, '需要延期', due_date, due_date + 30 FROM obligations WHERE id = $1 RETURNING id`,
        [fx.oid, w.adminId],
      );
      fx.rid = r.id;
      break;
    }
    case 'freshBody': {
      const [b] = await query<{ id: string }>(
        w.url,
        `INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) SELECT $2, jurisdiction, '园区', kind, id FROM bodies WHERE id = $1 RETURNING id`,
        [w.bodies[t], `临时机构${fx.unique}`],
      );
      fx.bid = b.id;
      break;
    }
    case 'freshUser': {
      const [u] = await query<{ id: string }>(w.url, `INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, '临时用户', 'x', 'staff', $2) RETURNING id`, [
        `tmp-${fx.unique}@luyue.test`,
        w.bodies[t],
      ]);
      fx.uid = u.id;
      break;
    }
  }
  return fx;
}

function fill(path: string, fx: FixtureValues): string {
  return path.replace(/:(oid|eid|rid|evid|bid|uid|regid|provid|nid)\b/g, (_m, k: keyof FixtureValues) => {
    const v = fx[k];
    if (!v) throw new Error(`fixture has no ${k} for ${path}`);
    return String(v);
  });
}

async function send(w: World, cell: Cell): Promise<{ status: number; text: string }> {
  const fx = await fixtureFor(w, cell);
  const route = cell.route;
  const headers: Record<string, string> = {};
  let token: string | undefined;
  if (cell.principal !== 'anonymous') {
    if (route.auth === 'cookie') headers['cookie'] = `luyue_session=${w.tokens[cell.principal]}`;
    else token = w.tokens[cell.principal];
  }
  let json = route.json?.(fx);
  if (route.path === '/api/auth/login') {
    json = { email: cell.principal === 'anonymous' ? DEMO.staffGwh : CREDENTIALS[cell.principal], password: DEMO_PASSWORD };
    headers['x-forwarded-for'] = `10.98.0.${Math.floor(Math.random() * 250)}`;
  }
  let body: Buffer | undefined;
  if (route.upload) {
    const content =
      route.upload.kind === 'pdf'
        ? SAMPLE_PDF
        : route.upload.kind === 'xlsx-bad-columns'
          ? await badLedger()
          : Buffer.from(`安全测试上传条例${fx.unique}\n\n第一条 为了测试，制定本条例。\n第二条 管委会应当每季度报告一次。${fx.unique}\n`);
    const fields: Record<string, string> = route.upload.kind === 'regulation-txt' ? { jurisdiction: '新疆维吾尔自治区', kind: 'local_regulation' } : {};
    const mp = multipart(route.upload.fileName.replace('.txt', `-${fx.unique}.txt`), content, fields);
    body = mp.body;
    Object.assign(headers, mp.headers);
  }
  const r = await w.http.request(route.method, fill(route.path, fx), { token, json, body, headers, timeoutMs: 60_000 });
  // Logging out ends every session of the user, the world's token included: sign in again for the cells after it.
  if (route.path === '/api/auth/logout' && cell.principal !== 'anonymous') w.tokens[cell.principal] = await w.http.login(CREDENTIALS[cell.principal]);
  return { status: r.status, text: r.text.slice(0, 300) };
}

/** Declares one jest test per cell, all inside a describe with its own database, api and Redis index. */
export function describeMatrix(title: string, list: Cell[], dbName: string, redisDb: number): void {
  describe(title, () => {
    let w: World;
    jest.setTimeout(120_000);

    beforeAll(async () => {
      w = await setUp(dbName, redisDb);
    }, 900_000);

    afterAll(async () => {
      await w?.api.stop();
      await w?.redis.quit();
    });

    if (!list.length) it('has no cells', () => undefined);

    it.each(list.map((c) => [c.key, c] as const))('%s', async (_key, cell) => {
      const r = await send(w, cell);
      expect({ cell: cell.key, status: r.status, ...(r.status !== cell.expected ? { body: r.text } : {}) }).toEqual({ cell: cell.key, status: cell.expected });
    });

    it('no 5xx or error lines in the api log', () => {
      const errors = w.api.logLines().filter((l) => (l.level ?? 0) >= 50);
      expect(errors.map((e) => e.msg)).toEqual([]);
    });

    it('audit: every obligation status equals the last status of its event trail', async () => {
      expect(await auditMismatches(w.url)).toEqual([]);
    });
  });
}
