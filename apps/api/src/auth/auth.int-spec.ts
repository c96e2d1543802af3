import { createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { bearer, type Fixture, type Harness, PASSWORD, startApi, startWithFixture } from '@luyue/testing';
import { createApp } from '../app.factory';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('auth (integration)', () => {
  let h: Harness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
  }, 180_000);
  afterAll(async () => {
    await h.redis.flushdb();
    await h.app.close();
  });

  it('logs in: token, user, and the luyue_session cookie (httpOnly, SameSite=Strict, path /api)', async () => {
    const res = await h.http().post('/api/auth/login').send({ email: fixture.users.gwhStaff.email, password: PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ expiresIn: 8 * 3600, user: { id: fixture.users.gwhStaff.id, role: 'staff', bodyId: fixture.bodies.gwh } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`luyue_session=${res.body.accessToken}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api/);
    const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
    expect(header.alg).toBe('HS256');

    const me = await h.http().get('/api/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body).toEqual({ id: fixture.users.gwhStaff.id, email: fixture.users.gwhStaff.email, name: 'gwh.staff', role: 'staff', bodyId: fixture.bodies.gwh });
  });

  it('answers 400 with field paths for a malformed login body', async () => {
    const res = await h.http().post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details.errors.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
  });

  it('refuses missing, tampered, alg-none and foreign-secret tokens with 401', async () => {
    const { body } = await h.http().post('/api/auth/login').send({ email: fixture.users.admin.email, password: PASSWORD }).expect(200);
    const [header, payload, signature] = (body.accessToken as string).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());

    await h.http().get('/api/auth/me').expect(401);
    await h.http().get('/api/obligations').expect(401);
    await h.http().get('/api/auth/me').set('Authorization', 'Basic abc').expect(401);
    const tampered = `${header}.${b64({ ...claims, role: 'admin', sub: fixture.users.gwhStaff.id })}.${signature}`;
    await h.http().get('/api/auth/me').set(bearer(tampered)).expect(401);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    await h.http().get('/api/auth/me').set(bearer(none)).expect(401);
    const forged = `${b64({ alg: 'HS256', typ: 'JWT' })}.${payload}`;
    const foreign = `${forged}.${createHmac('sha256', 'some-other-secret-value').update(forged).digest('base64url')}`;
    const res = await h.http().get('/api/auth/me').set(bearer(foreign)).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'unauthorized' });
  });

  it('refuses a token whose user was deactivated', async () => {
    const { body } = await h.http().post('/api/auth/login').send({ email: fixture.users.ftzStaff.email, password: PASSWORD }).expect(200);
    await h.ds.query('UPDATE users SET active = false WHERE id = $1', [fixture.users.ftzStaff.id]);
    await h.http().get('/api/auth/me').set(bearer(body.accessToken)).expect(401);
    await h.ds.query('UPDATE users SET active = true WHERE id = $1', [fixture.users.ftzStaff.id]);
  });

  it('answers 429 (generic message) after 10 failed logins for one email, counted in Redis', async () => {
    const email = fixture.users.commerceStaff.email;
    for (let i = 0; i < 10; i++) {
      const res = await h.http().post('/api/auth/login').send({ email, password: 'wrong-password' }).expect(401);
      expect(res.body.message).toBe('Invalid email or password');
    }
    const blocked = await h.http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'throttled' });
    expect(blocked.body.message).not.toContain(email);
    // Attempts are counted before the check: 10 failures and the refused eleventh.
    expect(Number(await h.redis.get(`luyue:login-fail:email:${email}`))).toBe(11);
    // The IP counter holds too: another account from the same address is refused after the window fills.
    expect(Number(await h.redis.get('luyue:login-fail:ip:127.0.0.1')) + Number(await h.redis.get('luyue:login-fail:ip:::ffff:127.0.0.1'))).toBeGreaterThanOrEqual(10);
    await h.http().post('/api/auth/login').send({ email: fixture.users.admin.email, password: PASSWORD }).expect(429);
    await h.redis.flushdb();
  });

  // Security review, finding 5: the throttle counted failures only after the password check, so
  // parallel guesses all passed the check made before any was counted.
  it('40 parallel wrong passwords for one email: exactly 10 × 401, then 429', async () => {
    await h.redis.flushdb();
    const email = fixture.users.commerceStaff.email;
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        h
          .http()
          .post('/api/auth/login')
          .send({ email, password: 'wrong-password' })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    await h.http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(429);
    await h.redis.flushdb();
  });

  it('a successful sign-in gives back its count: 10 good sign-ins from one address never reach 429', async () => {
    await h.redis.flushdb();
    for (let i = 0; i < 12; i++) await h.http().post('/api/auth/login').send({ email: fixture.users.gwhStaff.email, password: PASSWORD }).expect(200);
    await h.redis.flushdb();
  });

  describe('sessions end (security review, finding 6)', () => {
    const signIn = async (email: string, password = PASSWORD) => (await h.http().post('/api/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
    let adminToken: string;
    beforeEach(async () => {
      await h.redis.flushdb();
      adminToken = await signIn(fixture.users.admin.email);
    });

    it('logout ends every earlier token of the user, on the very next request', async () => {
      const first = await signIn(fixture.users.gwhStaff.email);
      const second = await signIn(fixture.users.gwhStaff.email);
      await h.http().get('/api/auth/me').set(bearer(first)).expect(200);
      await h.http().post('/api/auth/logout').set(bearer(second)).expect(204);
      await h.http().get('/api/auth/me').set(bearer(first)).expect(401);
      await h.http().get('/api/auth/me').set(bearer(second)).expect(401);
      // a new sign-in works again
      await h
        .http()
        .get('/api/auth/me')
        .set(bearer(await signIn(fixture.users.gwhStaff.email)))
        .expect(200);
    });

    it('logout through the session cookie alone ends the session too', async () => {
      const token = await signIn(fixture.users.gwhStaff.email);
      await h.http().post('/api/auth/logout').set('Cookie', `luyue_session=${token}`).expect(204);
      await h.http().get('/api/auth/me').set(bearer(token)).expect(401);
    });

    it("an administrator setting a password, a role or deactivating ends the user's tokens", async () => {
      const user = fixture.users.ftzStaff;
      for (const change of [{ password: 'An-admin-set-password-1' }, { role: 'manager' }, { active: false }]) {
        await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: true, role: 'staff', password: PASSWORD }).expect(200);
        const token = await signIn(user.email);
        await h.http().get('/api/auth/me').set(bearer(token)).expect(200);
        await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send(change).expect(200);
        const after = await h.http().get('/api/auth/me').set(bearer(token));
        expect({ change, status: after.status }).toEqual({ change, status: 401 });
      }
      await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: true, password: PASSWORD }).expect(200);
    });

    it("changing one's own password needs the current one, ends earlier tokens and answers a new one", async () => {
      const user = fixture.users.gwhStaff;
      const old = await signIn(user.email);
      await h.http().post('/api/auth/password').set(bearer(old)).send({ currentPassword: 'not-my-password', newPassword: 'A-new-password-2026' }).expect(401);
      await h.http().post('/api/auth/password').set(bearer(old)).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
      const res = await h.http().post('/api/auth/password').set(bearer(old)).send({ currentPassword: PASSWORD, newPassword: 'A-new-password-2026' }).expect(200);
      await h.http().get('/api/auth/me').set(bearer(old)).expect(401);
      await h.http().get('/api/auth/me').set(bearer(res.body.accessToken)).expect(200);
      await h.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
      await h.http().post('/api/auth/password').set(bearer(res.body.accessToken)).send({ currentPassword: 'A-new-password-2026', newPassword: PASSWORD }).expect(200);
    });

    it("Bull Board re-reads the user: a deactivated admin's session cookie is refused at once", async () => {
      const [other] = await h.ds.query(
        `INSERT INTO users (email, name, password_hash, role) SELECT 'second.admin@luyue.test', 'second admin', password_hash, 'admin' FROM users WHERE id = $1 RETURNING id`,
        [fixture.users.admin.id],
      );
      const token = await signIn('second.admin@luyue.test');
      await h.http().get('/api/admin/queues/api/queues').set('Cookie', `luyue_session=${token}`).expect(200);
      await h.http().put(`/api/users/${other.id}`).set(bearer(adminToken)).send({ active: false }).expect(200);
      await h.http().get('/api/admin/queues/api/queues').set('Cookie', `luyue_session=${token}`).expect(401);
    });

    // GET /obligations takes a user it has read before from the guard's cache and checks the
    // session in the page's own statement: an ended session must still fail on the very next
    // request, on every api process (here two apps, each with its own cache).
    it('the obligation list (cached user, session checked in its statement) ends sessions at once on every api process', async () => {
      const user = fixture.users.ftzStaff;
      const [reg] = await h.ds.query(
        `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'cached-session', '', '') RETURNING id`,
      );
      await h.ds.query(`INSERT INTO obligations (regulation_id, text, title, modality, status, lead_body_ids) VALUES ($1, 't', 't', 'must', 'pending', ARRAY[$2::uuid])`, [reg.id, fixture.bodies.ftz]);
      const second = await startApi(createApp);
      const apis = [h, second];
      const list = (api: Harness, token: string) => api.http().get('/api/obligations').set(bearer(token));
      try {
        for (const change of ['logout', { active: false }, { role: 'manager' }, { password: 'An-admin-set-password-1' }] as const) {
          await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: true, role: 'staff', password: PASSWORD }).expect(200);
          const token = await signIn(user.email);
          for (const api of apis) {
            for (let i = 0; i < 2; i++) expect((await list(api, token).expect(200)).body).toHaveLength(1); // read, then cached
          }
          if (change === 'logout') await second.http().post('/api/auth/logout').set(bearer(token)).expect(204);
          else await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send(change).expect(200);
          for (const api of apis) {
            const after = await list(api, token);
            expect({ change, status: after.status, body: after.body }).toEqual({ change, status: 401, body: { statusCode: 401, code: 'unauthorized', message: 'Invalid or expired token' } });
          }
        }
        // An empty page checks the session too (its own statement).
        await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: true, role: 'staff', password: PASSWORD }).expect(200);
        const token = await signIn(user.email);
        const empty = `/api/obligations?filter=${encodeURIComponent(JSON.stringify({ status: ['waived'] }))}`;
        for (let i = 0; i < 2; i++) await second.http().get(empty).set(bearer(token)).expect(200);
        await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: false }).expect(200);
        await second.http().get(empty).set(bearer(token)).expect(401);
      } finally {
        await h.http().put(`/api/users/${user.id}`).set(bearer(adminToken)).send({ active: true, role: 'staff', password: PASSWORD }).expect(200);
        await second.app.close();
      }
    });

    it('a token without a session version (minted before sessions could end) is refused', async () => {
      const token = await signIn(fixture.users.gwhStaff.email);
      const [header, payload] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(JSON.parse(Buffer.from(header, 'base64url').toString()).alg).toBe('HS256');
      expect(claims.ver).toEqual(expect.any(Number));
      delete claims.ver;
      delete claims.exp;
      const unversioned = await h.app.get(JwtService).signAsync(claims);
      await h.http().get('/api/auth/me').set(bearer(unversioned)).expect(401);
    });
  });
});
