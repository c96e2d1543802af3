import { createHmac } from 'node:crypto';
import { bearer, type Fixture, type Harness, PASSWORD, startWithFixture } from '../testing/api-harness';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('auth (integration)', () => {
  let h: Harness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture());
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
    expect(Number(await h.redis.get(`luyue:login-fail:email:${email}`))).toBe(10);
    // The IP counter holds too: another account from the same address is refused after the window fills.
    expect(Number(await h.redis.get('luyue:login-fail:ip:127.0.0.1')) + Number(await h.redis.get('luyue:login-fail:ip:::ffff:127.0.0.1'))).toBeGreaterThanOrEqual(10);
    await h.http().post('/api/auth/login').send({ email: fixture.users.admin.email, password: PASSWORD }).expect(429);
    await h.redis.flushdb();
  });
});
