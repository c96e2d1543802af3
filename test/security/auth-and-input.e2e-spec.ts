// Issue 9: authentication (expired / tampered / alg:none tokens, login throttle, passwords never logged or
// returned, helmet headers, CORS) and hostile input (SQL injection in every filter and sort field, ranges,
// oversized and deeply nested JSON, lying uploads, GBK / invalid UTF-8 / empty files, XSS in text).
// The api runs as a child process so its log output can be read.
import { renderDigestMail, renderReminderMail } from '@luyue/mail';
import {
  type ApiProcess,
  DEMO,
  DEMO_PASSWORD,
  type Http,
  SAMPLE_PDF,
  SAMPLE_PNG,
  type SecuritySuite,
  auditMismatches,
  makeObligation,
  multipart,
  query,
  startSecuritySuite,
  INJECTIONS,
  deepJson,
  docx,
  signJwt,
  tamperJwt,
  unsignedJwt,
} from '@luyue/testing';
import iconv from 'iconv-lite';

const DB = 'luyue_test_sec_input';
const REDIS_URL = 'redis://127.0.0.1:6379/13';
const JWT_SECRET = 'sec-suite-secret-0123456789abcdef';
const CORS_ORIGIN = 'https://luyue.example.gov.cn';
const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

jest.setTimeout(120_000);

describe('authentication and hostile input (api child process)', () => {
  let api: ApiProcess;
  let http: Http;
  let url: string;
  let admin: string;
  let staff: string;
  let ip = 0;
  const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${ip % 250}`;

  const counts = async () =>
    (
      await query<{ r: number; p: number; o: number; e: number }>(
        url,
        'SELECT (SELECT count(*) FROM regulations)::int r, (SELECT count(*) FROM provisions)::int p, (SELECT count(*) FROM obligations)::int o, (SELECT count(*) FROM evidence)::int e',
      )
    )[0];

  let suite: SecuritySuite | undefined;
  beforeAll(async () => {
    suite = await startSecuritySuite({
      database: DB,
      redisUrl: REDIS_URL,
      env: { JWT_SECRET, CORS_ORIGIN, LOG_LEVEL: 'debug', EVIDENCE_DIR: 'tmp/sec-evidence-input' },
      logFile: 'tmp/sec-input-api.log',
    });
    ({ api, http, url, admin, staff } = suite);
  }, 900_000);

  afterAll(() => suite?.stop());

  // Security review, finding 9: request logs named no user; a client's X-Request-Id was taken unchecked.
  describe('request ids and request logs', () => {
    it('keeps a UUID X-Request-Id and replaces anything else', async () => {
      const given = 'b3a4d7a0-1f6e-4c1b-9a53-5b7f6a2c9e11';
      expect((await http.request('GET', '/api/auth/me', { token: staff, headers: { 'x-request-id': given } })).headers.get('x-request-id')).toBe(given);
      for (const forged of ['forged-id', `${given} extra`, 'x'.repeat(5000), '{"level":50}']) {
        const id = (await http.request('GET', '/api/auth/me', { token: staff, headers: { 'x-request-id': forged } })).headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(id).not.toBe(forged);
      }
    });

    it("a request's completion line carries its id, the user id and the client IP", async () => {
      const me = await http.request('GET', '/api/auth/me', { token: staff });
      const id = me.headers.get('x-request-id');
      let line: Record<string, unknown> | undefined;
      for (let i = 0; i < 50 && !line; i++) {
        line = api.logLines().find((l) => l['requestId'] === id && l['res']);
        if (!line) await new Promise((r) => setTimeout(r, 100));
      }
      expect(line).toMatchObject({ requestId: id, userId: me.body.id, ip: expect.stringMatching(/127\.0\.0\.1/) });
    });
  });

  describe('tokens', () => {
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

    it('a valid token works (control)', async () => {
      expect((await http.request('GET', '/api/auth/me', { token: staff })).status).toBe(200);
    });

    it('an expired token is refused with 401', async () => {
      const c = claimsOf(staff);
      const expired = signJwt({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 60 }, JWT_SECRET);
      const r = await http.request('GET', '/api/auth/me', { token: expired });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ statusCode: 401, code: 'unauthorized' });
    });

    it('a tampered token (staff → admin, signature kept) is refused with 401', async () => {
      const forged = tamperJwt(staff, (c) => (c['role'] = 'admin'));
      expect((await http.request('GET', '/api/users', { token: forged })).status).toBe(401);
    });

    it('alg:none tokens are refused with 401', async () => {
      const c = claimsOf(admin);
      for (const t of [unsignedJwt(c), unsignedJwt(c).slice(0, -1), signJwt(c, '', { alg: 'none' }).replace(/\.[^.]*$/, '.')]) {
        expect((await http.request('GET', '/api/auth/me', { token: t })).status).toBe(401);
      }
    });

    it('a token signed with another secret or another algorithm is refused with 401', async () => {
      const c = claimsOf(admin);
      expect((await http.request('GET', '/api/auth/me', { token: signJwt(c, 'luyue-development-secret-change-me') })).status).toBe(401);
      expect((await http.request('GET', '/api/auth/me', { token: signJwt(c, JWT_SECRET, { alg: 'HS512', typ: 'JWT' }) })).status).toBe(401);
    });

    it('garbage in Authorization is 401, never 500', async () => {
      for (const h of ['Bearer', 'Bearer ', 'Bearer a.b.c', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'x'.repeat(8000)}`, 'Bearer ..', 'Bearer eyJ.eyJ.']) {
        const r = await http.request('GET', '/api/auth/me', { headers: { authorization: h } });
        expect({ h: h.slice(0, 20), status: r.status }).toEqual({ h: h.slice(0, 20), status: 401 });
      }
    });

    it('the session cookie alone does not authenticate the JSON api (no CSRF surface)', async () => {
      expect((await http.request('GET', '/api/auth/me', { headers: { cookie: `luyue_session=${admin}` } })).status).toBe(401);
    });

    it('a deactivated user’s token stops working at once', async () => {
      const [u] = await query<{ id: string }>(
        url,
        `INSERT INTO users (email, name, password_hash, role) SELECT 'gone@luyue.test', 'Gone', password_hash, 'staff' FROM users WHERE email = $1 RETURNING id`,
        [DEMO.staffGwh],
      );
      const t = await http.login('gone@luyue.test');
      expect((await http.request('GET', '/api/auth/me', { token: t })).status).toBe(200);
      await query(url, 'UPDATE users SET active = false WHERE id = $1', [u.id]);
      expect((await http.request('GET', '/api/auth/me', { token: t })).status).toBe(401);
    });

    it('the login cookie is httpOnly, SameSite=Strict and scoped to /api', async () => {
      const r = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffFtz, password: DEMO_PASSWORD }, headers: { 'x-forwarded-for': nextIp() } });
      expect(r.status).toBe(200);
      const cookie = r.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^luyue_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api/i);
    });
  });

  describe('login throttle', () => {
    it('answers 429 from the 11th failure on one account (even with the right password), with Retry-After', async () => {
      const email = DEMO.managerPort;
      for (let i = 1; i <= 10; i++) {
        const r = await http.request('POST', '/api/auth/login', { json: { email, password: `wrong-${i}` }, headers: { 'x-forwarded-for': nextIp() } });
        expect({ i, status: r.status }).toEqual({ i, status: 401 });
      }
      const blocked = await http.request('POST', '/api/auth/login', { json: { email, password: DEMO_PASSWORD }, headers: { 'x-forwarded-for': nextIp() } });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, code: 'throttled' });
      expect(blocked.headers.get('retry-after')).toBeTruthy();
      expect(blocked.text).not.toContain('accessToken');
    });

    it('answers 429 from the 11th failure from one IP across accounts', async () => {
      const from = nextIp();
      for (let i = 1; i <= 10; i++) {
        const r = await http.request('POST', '/api/auth/login', { json: { email: `nobody${i}@luyue.test`, password: 'x' }, headers: { 'x-forwarded-for': from } });
        expect(r.status).toBe(401);
      }
      const r = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffPort, password: DEMO_PASSWORD }, headers: { 'x-forwarded-for': from } });
      expect(r.status).toBe(429);
    });

    it('unknown email and wrong password give the same answer (no account enumeration)', async () => {
      const a = await http.request('POST', '/api/auth/login', { json: { email: 'nobody-at-all@luyue.test', password: 'x' }, headers: { 'x-forwarded-for': nextIp() } });
      const b = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffFtz, password: 'x' }, headers: { 'x-forwarded-for': nextIp() } });
      expect(a.status).toBe(401);
      expect(b.status).toBe(401);
      expect(a.body.message).toBe(b.body.message);
    });
  });

  describe('passwords are never logged or returned', () => {
    const SECRET_WRONG = 'Wr0ng-Sentinel-Password-71c3';
    const SECRET_NEW = 'New-Sentinel-Password-9f2e';

    it('not in any response and not in the api log', async () => {
      const bodies: string[] = [];
      const r1 = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffGwh, password: SECRET_WRONG }, headers: { 'x-forwarded-for': nextIp() } });
      const r2 = await http.request('POST', '/api/auth/login', { json: { email: 'not-an-email', password: SECRET_WRONG }, headers: { 'x-forwarded-for': nextIp() } });
      const r3 = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffGwh, password: [SECRET_WRONG] }, headers: { 'x-forwarded-for': nextIp() } });
      const r4 = await http.request('POST', '/api/users', { token: admin, json: { email: 'pw-check@luyue.test', name: 'PW', password: SECRET_NEW, role: 'admin' } });
      expect(r4.status).toBe(201);
      const r5 = await http.request('PUT', `/api/users/${r4.body.id}`, { token: admin, json: { password: `${SECRET_NEW}-2` } });
      const r6 = await http.request('POST', '/api/users', { token: admin, json: { email: 'bad', name: 'PW', password: SECRET_NEW, role: 'nope' } });
      const r7 = await http.request('GET', '/api/users?range=[0,999]', { token: admin });
      const r8 = await http.request('GET', `/api/users/${r4.body.id}`, { token: admin });
      const r9 = await http.request('POST', '/api/auth/login', { json: { email: DEMO.staffGwh, password: DEMO_PASSWORD }, headers: { 'x-forwarded-for': nextIp() } });
      bodies.push(...[r1, r2, r3, r4, r5, r6, r7, r8, r9].map((r) => r.text));
      expect([r1.status, r2.status, r3.status, r5.status, r6.status, r7.status, r8.status, r9.status]).toEqual([401, 400, 400, 200, 400, 200, 200, 200]);
      const hashes = (await query<{ h: string }>(url, 'SELECT password_hash h FROM users')).map((u) => u.h);
      for (const text of bodies) {
        for (const secret of [SECRET_WRONG, SECRET_NEW, DEMO_PASSWORD, ...hashes]) expect(text.includes(secret) ? secret : null).toBeNull();
        expect(text).not.toMatch(/password_?hash|\$argon2/i);
      }
      await new Promise((r) => setTimeout(r, 300));
      for (const secret of [SECRET_WRONG, SECRET_NEW, DEMO_PASSWORD, ...hashes]) expect(api.log.includes(secret) ? secret : null).toBeNull();
      // the log does carry request lines (we are reading the right output)
      expect(api.log).toMatch(/"url":"\/api\/auth\/login"/);
    });
  });

  describe('headers', () => {
    it('helmet security headers on api and docs responses, no x-powered-by', async () => {
      for (const path of ['/api/health', '/api/auth/me', '/api/docs']) {
        const r = await http.request('GET', path, { token: staff });
        const h = r.headers;
        expect({ path, nosniff: h.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' });
        expect(h.get('x-frame-options')).toMatch(/SAMEORIGIN|DENY/);
        expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(h.get('referrer-policy')).toBeTruthy();
        expect(h.get('content-security-policy')).toMatch(/default-src 'self'/);
        expect(h.get('content-security-policy')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        expect(h.get('cross-origin-opener-policy')).toBeTruthy();
        expect(h.get('x-powered-by')).toBeNull();
      }
    });

    it('CORS: only CORS_ORIGIN is allowed (simple and preflight requests)', async () => {
      const good = await http.request('GET', '/api/health', { headers: { origin: CORS_ORIGIN } });
      expect(good.headers.get('access-control-allow-origin')).toBe(CORS_ORIGIN);
      expect(good.headers.get('access-control-allow-credentials')).toBe('true');
      expect(good.headers.get('access-control-expose-headers') ?? '').toMatch(/Content-Range/i);
      for (const origin of ['https://evil.example', 'null', `${CORS_ORIGIN}.evil.example`, 'http://localhost:3000']) {
        const bad = await http.request('GET', '/api/health', { headers: { origin } });
        expect({ origin, acao: bad.headers.get('access-control-allow-origin') }).toEqual({ origin, acao: null });
        const pre = await http.request('OPTIONS', '/api/obligations', { headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
        expect({ origin, acao: pre.headers.get('access-control-allow-origin') }).toEqual({ origin, acao: null });
      }
      const pre = await http.request('OPTIONS', '/api/obligations', {
        headers: { origin: CORS_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(pre.status).toBeLessThan(300);
      expect(pre.headers.get('access-control-allow-origin')).toBe(CORS_ORIGIN);
    });

    it('every error has the one error shape', async () => {
      const rs = [
        await http.request('GET', '/api/obligations'),
        await http.request('GET', '/api/users', { token: staff }),
        await http.request('GET', '/api/obligations/00000000-0000-4000-8000-000000000000', { token: staff }),
        await http.request('GET', '/api/obligations?range=[0,5000]', { token: staff }),
      ];
      for (const r of rs) {
        expect(r.body).toEqual(expect.objectContaining({ statusCode: r.status, code: expect.any(String), message: expect.any(String) }));
        expect(r.text).not.toMatch(/at \w+ \(|node_modules|QueryFailedError|stack/);
      }
    });
  });

  describe('SQL injection in filters and sort fields', () => {
    const RESOURCES: Record<string, string[]> = {
      obligations: ['id', 'status', 'light', 'leadBodyId', 'bodyId', 'regulationId', 'modality', 'mechanism', 'overdue', 'dueFrom', 'dueTo', 'assigneeId', 'q'],
      regulations: ['id', 'jurisdiction', 'kind', 'q'],
      provisions: ['id', 'regulationId', 'parentId', 'level', 'article'],
      bodies: ['id', 'parentId', 'jurisdiction', 'level', 'kind', 'q'],
      users: ['id', 'bodyId', 'role', 'active', 'q'],
      'obligation-events': ['obligationId', 'type', 'actorId'],
      notifications: ['id', 'status', 'kind', 'obligationId', 'recipientUserId'],
    };
    const total = (r: { headers: Headers }) => Number((r.headers.get('content-range') ?? '/-1').split('/')[1]);

    it.each(Object.entries(RESOURCES))('%s: every filter field × injection strings → 200 or 400, never 5xx, never more rows, no damage, no delay', async (resource, fields) => {
      const token = resource === 'users' || resource === 'notifications' ? admin : staff;
      const before = await counts();
      const [usersBefore] = await query<{ n: number }>(url, 'SELECT count(*)::int n FROM users');
      const base = await http.request('GET', `/api/${resource}?range=[0,0]`, { token });
      expect(base.status).toBe(200);
      const baseTotal = total(base);
      const problems: string[] = [];
      for (const field of fields) {
        for (const value of INJECTIONS) {
          const filter = encodeURIComponent(JSON.stringify({ [field]: value }));
          const started = Date.now();
          const r = await http.request('GET', `/api/${resource}?filter=${filter}&range=[0,0]`, { token });
          const ms = Date.now() - started;
          if (![200, 400].includes(r.status)) problems.push(`${field}=${JSON.stringify(value)} → ${r.status} ${r.text.slice(0, 160)}`);
          if (r.status === 200 && total(r) > baseTotal) problems.push(`${field}=${JSON.stringify(value)} → ${total(r)} rows > ${baseTotal}`);
          // the pg_sleep(20) payloads would take ≥ 20 s if they ran (generous bound: the machine is shared)
          if (ms > 15_000) problems.push(`${field}=${JSON.stringify(value)} took ${ms} ms`);
          if (r.status === 400) expect(r.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
        }
      }
      expect(problems).toEqual([]);
      expect(await counts()).toEqual(before);
      expect((await query<{ n: number }>(url, 'SELECT count(*)::int n FROM users'))[0]).toEqual(usersBefore);
    });

    it.each(Object.keys(RESOURCES))('%s: injection or unknown sort fields and orders → 400; oversized or malformed ranges → 400', async (resource) => {
      const token = resource === 'users' || resource === 'notifications' ? admin : staff;
      const bad = [
        ['nope', 'ASC'],
        ['id; DROP TABLE users', 'ASC'],
        ['id', 'ASC; DROP TABLE users'],
        ['(SELECT 1)', 'DESC'],
        ['password_hash', 'ASC'],
        ['id', 'ASC NULLS FIRST'],
        ['__proto__', 'ASC'],
        ['constructor', 'ASC'],
      ];
      for (const s of bad) {
        const r = await http.request('GET', `/api/${resource}?sort=${encodeURIComponent(JSON.stringify(s))}`, { token });
        expect({ sort: s, status: r.status }).toEqual({ sort: s, status: 400 });
      }
      for (const range of ['[0,1000]', '[0,99999]', '[-1,5]', '[5,1]', '[0]', '"0-24"', '[0.5,3]', '[0,1e9]', 'not json']) {
        const r = await http.request('GET', `/api/${resource}?range=${encodeURIComponent(range)}`, { token });
        expect({ range, status: r.status }).toEqual({ range, status: 400 });
      }
      for (const filter of ['not json', '[1,2]', '"x"', '{"nope":1}']) {
        const r = await http.request('GET', `/api/${resource}?filter=${encodeURIComponent(filter)}`, { token });
        expect({ filter, status: r.status }).toEqual({ filter, status: 400 });
      }
      const ok = await http.request('GET', `/api/${resource}?range=[0,999]&sort=${encodeURIComponent('["id","DESC"]')}`, { token });
      expect(ok.status).toBe(200);
    });

    it('export takes the same hostile filter/sort without 5xx', async () => {
      for (const q of [`filter=${encodeURIComponent(JSON.stringify({ q: "' OR 1=1 --" }))}`, `sort=${encodeURIComponent('["id; DROP TABLE users","ASC"]')}`, 'format=../../etc/passwd']) {
        const r = await http.request('GET', `/api/obligations/export?format=csv&${q}`, { token: staff });
        expect({ q, ok: [200, 400].includes(r.status) }).toEqual({ q, ok: true });
      }
    });
  });

  describe('oversized and deeply nested JSON', () => {
    it('a JSON body over 1 MB → 413', async () => {
      const r = await http.request('POST', '/api/obligations/confirm', { token: admin, json: JSON.stringify({ ids: [], pad: 'x'.repeat(2 * 1024 * 1024) }) });
      expect(r.status).toBe(413);
      expect(r.body).toMatchObject({ statusCode: 413 });
    });

    it('a 10 MB regulation text in JSON → 413 (body limit), nothing stored', async () => {
      const before = await counts();
      // Fastify answers 413 as soon as the limit is passed and closes the socket; Http reads that answer.
      const r = await http.request('POST', '/api/regulations/import', { token: admin, json: { text: '第一条 管委会应当。'.repeat(400_000), fileName: 'big.txt' } });
      expect(r.status).toBe(413);
      expect(r.body).toMatchObject({ statusCode: 413 });
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['POST /api/auth/login', '/api/auth/login', false],
      ['POST /api/obligations/confirm', '/api/obligations/confirm', true],
      ['POST /api/users', '/api/users', true],
      ['POST /api/regulations/import', '/api/regulations/import', true],
    ])('deeply nested JSON to %s → 4xx quickly, api still up', async (_n, path, auth) => {
      for (const depth of [200, 1_000]) {
        const started = Date.now();
        const r = await http.request('POST', path, { token: auth ? admin : undefined, json: deepJson(depth), headers: { 'x-forwarded-for': nextIp() } });
        expect({ depth, status: r.status >= 400 && r.status < 500 }).toEqual({ depth, status: true });
        expect(Date.now() - started).toBeLessThan(5000);
      }
      const arr = `{"ids":${'['.repeat(1_000)}${']'.repeat(1_000)}}`;
      const r = await http.request('POST', path, { token: auth ? admin : undefined, json: arr, headers: { 'x-forwarded-for': nextIp() } });
      expect(r.status >= 400 && r.status < 500).toBe(true);
      expect((await http.request('GET', '/api/health')).status).toBe(200);
    });

    it('wrong content types → 415 (or 400), never 5xx', async () => {
      const r1 = await http.request('POST', '/api/obligations/confirm', { token: admin, body: '<ids/>', headers: { 'content-type': 'application/xml' } });
      expect(r1.status).toBe(415);
      const r2 = await http.request('POST', '/api/obligations/confirm', { token: admin, body: '{"ids": [', headers: { 'content-type': 'application/json' } });
      expect(r2.status).toBe(400);
      const r3 = await http.request('POST', '/api/obligations/00000000-0000-4000-8000-000000000000/evidence', { token: admin, json: { file: 'x' } });
      expect(r3.status).toBe(415);
    });
  });

  describe('regulation uploads that lie or hurt — clear 4xx and no partial regulation', () => {
    const upload = async (fileName: string, content: Buffer) => {
      const mp = multipart(fileName, content, { jurisdiction: '新疆维吾尔自治区', kind: 'local_regulation' });
      return http.request('POST', '/api/regulations/import', { token: admin, body: mp.body, headers: mp.headers, timeoutMs: 120_000 });
    };
    const refused = async (fileName: string, content: Buffer, statuses: number[]) => {
      const before = await counts();
      const r = await upload(fileName, content);
      expect({ fileName, status: r.status, ok: statuses.includes(r.status), body: r.text.slice(0, 200) }).toEqual({ fileName, status: r.status, ok: true, body: expect.any(String) });
      expect(typeof r.body?.code).toBe('string');
      expect(r.body.message).toEqual(expect.any(String));
      expect(await counts()).toEqual(before);
      return r;
    };

    it('a zip that is no Word document, named .docx → 4xx', async () => {
      await refused('条例2.docx', Buffer.from('PK\u0003\u0004 not really a zip'), [415, 400]);
    });

    // .pdf / .docx whose content is plain text: see hostile-input.pending-spec.ts (currently imported, 201)

    // zip bomb in a .docx: see hostile-input.pending-spec.ts (currently imported after ~60 s, 201)

    it('a PNG named .txt → 415', async () => {
      await refused('条例.txt', SAMPLE_PNG, [415]);
    });

    it('an empty file → 400', async () => {
      await refused('empty.txt', Buffer.alloc(0), [400]);
      await refused('empty.docx', Buffer.alloc(0), [400, 415]);
    });

    it('invalid UTF-8 / random bytes → 4xx', async () => {
      const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
      await refused('junk.txt', junk, [400, 415]);
    });

    it('a 100 MB file → 413, and the api stays up', async () => {
      await refused('huge.txt', Buffer.alloc(100 * 1024 * 1024, 0x41), [413]);
      expect((await http.request('GET', '/api/health')).status).toBe(200);
    });

    it('GBK text is decoded (not mojibake) and imported; a re-upload is 409', async () => {
      const title = `新疆维吾尔自治区编码测试条例${Date.now()}`;
      const text = `${title}\n\n第一条 为了测试编码，制定本条例。\n第二条 管委会应当于每年十二月三十一日前报送工作情况。\n`;
      const gbk = iconv.encode(text, 'gbk');
      const r = await upload('gbk.txt', gbk);
      expect(r.status).toBe(201);
      const [reg] = await query<{ title: string; text: string }>(url, 'SELECT title, text FROM regulations WHERE source_file_name = $1 ORDER BY created_at DESC LIMIT 1', ['gbk.txt']);
      expect(reg.text).toContain('管委会应当于每年十二月三十一日前报送工作情况');
      const before = await counts();
      const again = await upload('gbk-again.txt', gbk);
      expect(again.status).toBe(409);
      expect(await counts()).toEqual(before);
    });

    it('a valid small .docx imports (control for the bomb test)', async () => {
      const r = await upload('ok.docx', docx([`正常条例${Date.now()}`, '第一条 为了测试，制定本条例。', '第二条 管委会应当每年报告一次。']));
      expect(r.status).toBe(201);
    });
  });

  describe('evidence uploads', () => {
    let oid: string;
    beforeAll(async () => {
      const [gwh] = await query<{ body_id: string }>(url, 'SELECT body_id FROM users WHERE email = $1', [DEMO.staffGwh]);
      oid = await makeObligation(url, { lead: [gwh.body_id], status: 'in_progress' });
    });
    const up = async (fileName: string, content: Buffer) => {
      const mp = multipart(fileName, content);
      return http.request('POST', `/api/obligations/${oid}/evidence`, { token: staff, body: mp.body, headers: mp.headers, timeoutMs: 120_000 });
    };

    it('content that is not what the extension says → 415; disallowed types → 415; empty → 4xx; none stored', async () => {
      const before = await counts();
      for (const [name, content] of [
        ['报告.pdf', SAMPLE_PNG],
        ['照片.png', SAMPLE_PDF],
        ['材料.docx', Buffer.from('plain text')],
        ['tool.exe', Buffer.from('MZ\x90\x00')],
        ['page.html', Buffer.from('<script>alert(1)</script>')],
        ['image.svg', Buffer.from('<svg onload="alert(1)"/>')],
        ['archive.zip', Buffer.from('PK\x03\x04')],
        ['noext', Buffer.from('hello')],
      ] as const) {
        const r = await up(name, content);
        expect({ name, status: r.status }).toEqual({ name, status: 415 });
      }
      const empty = await up('空.txt', Buffer.alloc(0));
      expect(empty.status).toBeGreaterThanOrEqual(400);
      expect(empty.status).toBeLessThan(500);
      expect(await counts()).toEqual(before);
    });

    it('a 100 MB evidence file → 413, nothing stored', async () => {
      const before = await counts();
      const r = await up('big.pdf', Buffer.concat([SAMPLE_PDF, Buffer.alloc(100 * 1024 * 1024)]));
      expect(r.status).toBe(413);
      expect(await counts()).toEqual(before);
    });

    it('a file name with path traversal is stored under a safe name and downloads with a safe Content-Disposition', async () => {
      const r = await up('../../../etc/passwd.txt', Buffer.from('evidence'));
      expect(r.status).toBe(201);
      expect(r.body.fileName).not.toContain('/');
      const d = await http.request('GET', `/api/obligations/${oid}/evidence/${r.body.id}`, { token: staff });
      expect(d.status).toBe(200);
      expect(d.text).toBe('evidence');
      expect(d.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(d.headers.get('content-disposition')).not.toMatch(/filename="[^"]*"[^;]*"/);
      expect(d.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });

  describe('XSS: <script> in obligation text', () => {
    let oid: string;

    it('the API stores and returns it verbatim (JSON, not HTML)', async () => {
      const [gwh] = await query<{ body_id: string }>(url, 'SELECT body_id FROM users WHERE email = $1', [DEMO.staffGwh]);
      oid = await makeObligation(url, { lead: [gwh.body_id], status: 'in_progress' });
      const put = await http.request('PUT', `/api/obligations/${oid}`, { token: admin, json: { version: 1, title: `标题${XSS}`, text: `义务${XSS}` } });
      expect(put.status).toBe(200);
      const r = await http.request('GET', `/api/obligations/${oid}`, { token: staff });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.body.text).toBe(`义务${XSS}`);
      expect(r.body.title).toBe(`标题${XSS}`);
    });

    it('the CSV export carries the text verbatim (quoted where needed)', async () => {
      const [gwh] = await query<{ body_id: string }>(url, 'SELECT body_id FROM users WHERE email = $1', [DEMO.staffGwh]);
      const cell = `义务${XSS},"引号"`;
      const fid = await makeObligation(url, { lead: [gwh.body_id], status: 'in_progress', text: cell });
      const r = await http.request('GET', `/api/obligations/export?format=csv&filter=${encodeURIComponent(JSON.stringify({ id: [fid] }))}`, { token: staff });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(r.text).toContain(`"${cell.replace(/"/g, '""')}"`);
    });

    // spreadsheet formula injection in the export: see hostile-input.pending-spec.ts

    it('reminder and digest e-mails escape it (libs/mail)', () => {
      const obligation = {
        id: oid ?? '00000000-0000-4000-8000-000000000000',
        title: `标题${XSS}`,
        text: `义务${XSS}`,
        regulationTitle: `条例${XSS}`,
        article: 3,
        dueDate: '2026-12-01',
        status: 'in_progress' as const,
        leadBodies: [`机构${XSS}`],
      };
      const mail = renderReminderMail({ kind: 'due_soon', daysLeft: 3, recipientName: `张三${XSS}`, obligation, baseUrl: 'https://luyue.example.gov.cn' });
      const digest = renderDigestMail({
        recipientName: `张三${XSS}`,
        bodyName: `机构${XSS}`,
        day: '2026-11-30',
        baseUrl: 'https://luyue.example.gov.cn',
        overdue: [obligation],
        dueSoon: [obligation],
        awaitingVerification: [obligation],
        totals: { overdue: 1, dueSoon: 1, awaitingVerification: 1 },
      });
      for (const m of [mail, digest]) {
        expect(m.html).not.toMatch(/<script|<img/i);
        expect(m.subject).not.toMatch(/[\r\n]/);
      }
      expect(mail.html).toContain('&lt;script&gt;');
      expect(mail.text).toContain(`义务${XSS}`);
    });
  });

  afterAll(async () => {
    // audit integrity for this suite's database
    expect(await auditMismatches(url)).toEqual([]);
  });

  it('no unhandled errors (level ≥ 50) in the api log', () => {
    const errors = api.logLines().filter((l) => (l.level ?? 0) >= 50);
    expect(errors.map((e) => `${e.msg} ${JSON.stringify(e['err'] ?? '').slice(0, 300)}`)).toEqual([]);
  });
});
