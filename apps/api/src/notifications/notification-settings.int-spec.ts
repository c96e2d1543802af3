import { notificationJobId } from '@luyue/contracts';
import { ReminderProducer } from '@luyue/queue';
import { bearer, type Fixture, type Harness, startWithFixture, tokens } from '@luyue/testing';
import { createApp } from '../app.factory';

// Issue 17 at the HTTP edge: channels (who may configure them, validation, masking, hostile
// input), 我的通知 preferences, and the admin's retry of a failed notification.
// Run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_ntf_api REDIS_URL=redis://127.0.0.1:6379/4

type Tokens = Awaited<ReturnType<typeof tokens>>;

const WECOM = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const DING = 'https://oapi.dingtalk.com/robot/send?access_token=a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6';

describe('notification channels, preferences and retry (api)', () => {
  let h: Harness;
  let fixture: Fixture;
  let t: Tokens;

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    t = await tokens(h, fixture);
  });

  afterAll(async () => {
    await h?.app.close();
  });

  it('a manager configures their body (and the bodies below it), never another; staff cannot', async () => {
    const { gwh, gwhUnit, ftz } = fixture.bodies;
    const created = await h.http().post(`/api/bodies/${gwh}/channels`).set(bearer(t.gwhManager)).send({ kind: 'wecom', name: '督办群', webhookUrl: WECOM }).expect(201);
    expect(created.body).toMatchObject({
      bodyId: gwh,
      kind: 'wecom',
      webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f1e****e1f0',
      secret: null,
      notices: ['due_soon', 'overdue', 'escalation', 'digest', 'events'],
      active: true,
    });
    await h
      .http()
      .post(`/api/bodies/${gwhUnit}/channels`)
      .set(bearer(t.gwhManager))
      .send({ kind: 'dingtalk', webhookUrl: DING, secret: 'SEC-unit-secret', notices: ['events'] })
      .expect(201);
    const other = await h.http().post(`/api/bodies/${ftz}/channels`).set(bearer(t.gwhManager)).send({ kind: 'wecom', webhookUrl: WECOM }).expect(403);
    expect(other.body).toMatchObject({ statusCode: 403 });
    await h.http().post(`/api/bodies/${gwh}/channels`).set(bearer(t.gwhStaff)).send({ kind: 'wecom', webhookUrl: WECOM }).expect(403);
    await h.http().get(`/api/bodies/${gwh}/channels`).set(bearer(t.ftzManager)).expect(403);
    // Another body's channel does not exist for them.
    await h.http().put(`/api/channels/${created.body.id}`).set(bearer(t.ftzManager)).send({ name: 'x' }).expect(404);
    await h.http().delete(`/api/channels/${created.body.id}`).set(bearer(t.ftzManager)).expect(404);

    const list = await h.http().get(`/api/bodies/${gwhUnit}/channels`).set(bearer(t.admin)).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0].secret).toBe('******');
    expect(JSON.stringify(list.body)).not.toContain('SEC-unit-secret');
    expect(JSON.stringify(list.body)).not.toContain('a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6');

    const renamed = await h
      .http()
      .put(`/api/channels/${created.body.id}`)
      .set(bearer(t.gwhManager))
      .send({ name: '新名称', notices: ['overdue', 'events'], active: false })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: '新名称', notices: ['overdue', 'events'], active: false, webhookUrl: created.body.webhookUrl });
    await h.http().delete(`/api/channels/${created.body.id}`).set(bearer(t.gwhManager)).expect(200);
    await h.http().get(`/api/channels/${created.body.id}`).set(bearer(t.gwhManager)).expect(404);
  });

  it('refuses hostile and malformed input with the one error shape, and stores nothing', async () => {
    const { gwh } = fixture.bodies;
    const cases: [string, unknown][] = [
      ['another host', { kind: 'wecom', webhookUrl: 'https://attacker.example/cgi-bin/webhook/send?key=k' }],
      ['cloud metadata', { kind: 'wecom', webhookUrl: 'http://169.254.169.254/latest?key=k' }],
      ['lookalike host', { kind: 'wecom', webhookUrl: 'https://qyapi.weixin.qq.com.attacker.example/send?key=k' }],
      ['user info', { kind: 'dingtalk', webhookUrl: 'https://a:b@oapi.dingtalk.com/robot/send?access_token=t' }],
      ['plain http', { kind: 'wecom', webhookUrl: 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' }],
      ['no credential', { kind: 'dingtalk', webhookUrl: 'https://oapi.dingtalk.com/robot/send' }],
      ['not a url', { kind: 'wecom', webhookUrl: "'; DROP TABLE notification_channels; --" }],
      ['unknown kind', { kind: 'slack', webhookUrl: WECOM }],
      ['unknown notice', { kind: 'wecom', webhookUrl: WECOM, notices: ['events', 'everything'] }],
      ['webhook as object', { kind: 'wecom', webhookUrl: { toString: 'x' } }],
    ];
    for (const [what, body] of cases) {
      const res = await h
        .http()
        .post(`/api/bodies/${gwh}/channels`)
        .set(bearer(t.admin))
        .send(body as object);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', message: expect.any(String) });
    }
    await h.http().get('/api/bodies/not-a-uuid/channels').set(bearer(t.admin)).expect(404);
    // An undeclared field is stripped (the api's whitelist): the body is the one in the path, never the injected one.
    const stripped = await h.http().post(`/api/bodies/${gwh}/channels`).set(bearer(t.admin)).send({ kind: 'wecom', webhookUrl: WECOM, bodyId: fixture.bodies.ftz, webhook_encrypted: 'x' }).expect(201);
    expect(stripped.body.bodyId).toBe(gwh);
    await h.http().delete(`/api/channels/${stripped.body.id}`).set(bearer(t.admin)).expect(200);
    await h.http().get("/api/channels/1' OR '1'='1").set(bearer(t.admin)).expect(404);
    const [{ n }] = await h.ds.query(`SELECT count(*)::int AS n FROM notification_channels WHERE body_id = $1`, [gwh]);
    expect(n).toBe(0);
  });

  it('我的通知: every user sets e-mail per kind; only managers choose the digest day', async () => {
    const defaults = await h.http().get('/api/me/notification-preferences').set(bearer(t.gwhStaff)).expect(200);
    expect(defaults.body).toEqual({ dueSoon: true, overdue: true, escalation: true, digest: true, events: true, digestWeekday: 1 });
    const staff = await h.http().put('/api/me/notification-preferences').set(bearer(t.gwhStaff)).send({ dueSoon: false, events: false }).expect(200);
    expect(staff.body).toMatchObject({ dueSoon: false, events: false, overdue: true });
    await h.http().put('/api/me/notification-preferences').set(bearer(t.gwhStaff)).send({ digestWeekday: 5 }).expect(403);
    const manager = await h.http().put('/api/me/notification-preferences').set(bearer(t.gwhManager)).send({ digestWeekday: 5 }).expect(200);
    expect(manager.body.digestWeekday).toBe(5);
    for (const body of [{ digestWeekday: 8 }, { digestWeekday: '5' }, { digestWeekday: 0 }, { events: 'no' }, { dueSoon: null }]) {
      await h.http().put('/api/me/notification-preferences').set(bearer(t.gwhManager)).send(body).expect(400);
    }
    // An undeclared column name is stripped, not written.
    await h.http().put('/api/me/notification-preferences').set(bearer(t.gwhManager)).send({ notify_events: false, role: 'admin' }).expect(200);
    const [row] = await h.ds.query('SELECT notify_due_soon, notify_events, digest_weekday FROM users WHERE id = $1', [fixture.users.gwhManager.id]);
    expect(row).toEqual({ notify_due_soon: true, notify_events: true, digest_weekday: 5 });
  });

  it('admins retry a failed notification (back to pending, queued again); others cannot, and only failed ones', async () => {
    const [failed] = await h.ds.query(
      `INSERT INTO notifications (key, kind, day, recipient_user_id, recipient_email, status, attempts, error, message_id)
       VALUES ('submitted:event-1:2026-11-25:' || $1::text, 'submitted', '2026-11-25', $1::uuid, 'x@test.local', 'failed', 8, 'connection refused', '<m@t>') RETURNING id, key`,
      [fixture.users.gwhManager.id],
    );
    await h.http().post(`/api/notifications/${failed.id}/retry`).set(bearer(t.gwhManager)).expect(403);
    await h.http().post(`/api/notifications/${failed.id}/retry`).set(bearer(t.admin)).expect(201);
    const [after] = await h.ds.query('SELECT status, attempts, error FROM notifications WHERE id = $1', [failed.id]);
    expect(after).toEqual({ status: 'pending', attempts: 8, error: null });
    const job = await h.app.get(ReminderProducer).emailQueue.getJob(notificationJobId(failed.key));
    expect(job?.data).toEqual({ notificationId: failed.id });
    await h.http().post(`/api/notifications/${failed.id}/retry`).set(bearer(t.admin)).expect(400);

    const list = await h.http().get('/api/notifications?filter={"channel":"email"}').set(bearer(t.admin)).expect(200);
    expect(list.body[0]).toMatchObject({ channel: 'email', recipient: 'x@test.local', attempts: 8 });
  });
});
