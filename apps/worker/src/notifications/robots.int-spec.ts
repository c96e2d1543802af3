import type { DataSource } from 'typeorm';
import { type AppContext, CreateChannelUseCase, TransitionObligationUseCase } from '@luyue/application';
import type { Actor } from '@luyue/domain';
import { waitFor, Fixtures, type NotificationSuite, startNotificationSuite, RobotServer } from '@luyue/testing';

// Issue 17: the bodies' WeCom / DingTalk robots, end to end: channels saved through the use case
// (encrypted, masked), hand-offs written by the real transitions, the worker (a child process)
// relaying and posting to a local server that speaks both protocols, checks DingTalk's signature
// and throttles the 21st message a minute like the vendors.
// Run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_ntf_robots REDIS_URL=redis://127.0.0.1:6379/4

const SECRET_KEY = 'robots-test-channel-key-0123456789abcdef';

jest.setTimeout(600_000);

describe('group robots: transition → outbox → worker → robot webhook', () => {
  let suite: NotificationSuite;
  let owner: DataSource;
  let robots: RobotServer;
  let fx: Fixtures;
  let ctx: AppContext;
  let channels: CreateChannelUseCase;
  let admin: Actor;

  beforeAll(async () => {
    robots = new RobotServer();
    await robots.start();
    suite = await startNotificationSuite({ CHANNEL_SECRET_KEY: SECRET_KEY, CHANNEL_ALLOWED_HOSTS: '127.0.0.1', ROBOT_BACKOFF_MS: '300' });
    ({ owner, ctx } = suite);
    fx = new Fixtures(owner);
    await fx.regulation('某某条例');
    channels = new CreateChannelUseCase(ctx, { secretKey: SECRET_KEY, allowedHosts: '127.0.0.1' });
    admin = { userId: await fx.user({ email: 'admin@example.test', role: 'admin', bodyId: null }), role: 'admin', bodyId: null, scopeBodyIds: [] };
  });

  afterAll(async () => {
    await suite?.stop();
    await robots?.stop();
  });

  /** A body with one staff member, a robot channel, and `n` items that staff submit (one notice each to the channel). */
  const submissions = async (name: string, channel: { kind: 'wecom' | 'dingtalk'; webhookUrl: string; secret?: string }, n: number) => {
    const body = await fx.body(name);
    const staff = await fx.user({ email: `${name}-staff@example.test`, role: 'staff', bodyId: body });
    const saved = await channels.execute(admin, body, { ...channel, notices: ['events'] });
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await fx.obligation({ title: `${name}事项${i + 1}`, status: 'in_progress', dueDate: '2027-01-15', lead: [body] }));
    const submit = async () => {
      const transitions = new TransitionObligationUseCase(ctx);
      const actor: Actor = { userId: staff, role: 'staff', bodyId: body, scopeBodyIds: [body] };
      for (const id of ids) await transitions.execute(actor, id, { to: 'submitted', note: '已完成', version: 1 });
    };
    return { body, saved, ids, submit };
  };

  const rowsOf = async (channelId: string) =>
    (await owner.query(`SELECT status, attempts, error FROM notifications WHERE channel_id = $1 ORDER BY created_at`, [channelId])) as { status: string; attempts: number; error: string | null }[];

  it('stores the webhook and secret encrypted, answers them masked, and refuses hosts off the allow-list', async () => {
    const { saved } = await submissions('加密局', { kind: 'dingtalk', webhookUrl: robots.dingtalkUrl('tok-0123456789abcdef'), secret: 'SECdingtalk-secret-value' }, 0);
    expect(saved.webhookUrl).toBe(`${robots.base}/robot/send?access_token=tok-****cdef`);
    expect(saved.secret).toBe('******');
    const [stored] = await owner.query('SELECT webhook_encrypted, secret_encrypted FROM notification_channels WHERE id = $1', [saved.id]);
    expect(stored.webhook_encrypted).not.toContain('tok-0123456789abcdef');
    expect(stored.secret_encrypted).not.toContain('SECdingtalk');
    expect(stored.webhook_encrypted).toMatch(/^v1\./);
    const body = await fx.body('转发局');
    for (const webhookUrl of [
      'https://evil.example/cgi-bin/webhook/send?key=k',
      'http://169.254.169.254/latest/meta-data?key=k',
      'http://user:pw@127.0.0.1:1/cgi-bin/webhook/send?key=k',
      'file:///etc/passwd?key=k',
      `${robots.base}/cgi-bin/webhook/send`,
    ]) {
      await expect(channels.execute(admin, body, { kind: 'wecom', webhookUrl })).rejects.toMatchObject({ details: { field: 'webhookUrl' } });
    }
    await expect(channels.execute(admin, body, { kind: 'wecom', webhookUrl: robots.wecomUrl('k'), notices: ['events', "x'; DROP TABLE users; --" as never] })).rejects.toMatchObject({
      details: { field: 'notices' },
    });
  });

  it('throttled messages arrive later, none lost; an invalid webhook fails after one attempt; DingTalk signatures verify', async () => {
    const wecom = await submissions('企微局', { kind: 'wecom', webhookUrl: robots.wecomUrl('wecom-key-throttled-0001') }, 5);
    const bad = await submissions('失效局', { kind: 'wecom', webhookUrl: robots.wecomUrl('wecom-key-invalid-00001') }, 1);
    const ding = await submissions('钉钉局', { kind: 'dingtalk', webhookUrl: robots.dingtalkUrl('ding-token-signed-0001'), secret: 'SEC-signed-secret-0001' }, 3);
    robots.secrets.set('ding-token-signed-0001', 'SEC-signed-secret-0001');
    robots.invalid.add('wecom-key-invalid-00001');
    robots.throttleNext('wecom-key-throttled-0001', 3);
    await Promise.all([wecom.submit(), bad.submit(), ding.submit()]);

    await waitFor(() => robots.received('wecom-key-throttled-0001').length >= 5 && robots.received('ding-token-signed-0001').length >= 3, 120_000, 'robot messages');
    await waitFor(async () => (await rowsOf(bad.saved.id))[0]?.status === 'failed', 60_000, 'the invalid webhook to fail');
    await new Promise((r) => setTimeout(r, 1_500));

    expect(robots.throttled.get('wecom-key-throttled-0001')).toBe(3);
    expect(robots.received('wecom-key-throttled-0001')).toHaveLength(5); // none lost, none twice
    const wecomRows = await rowsOf(wecom.saved.id);
    expect(wecomRows.every((r) => r.status === 'sent')).toBe(true);
    expect(wecomRows.reduce((n, r) => n + r.attempts, 0)).toBe(5 + 3);

    expect(robots.requests.get('wecom-key-invalid-00001')).toBe(1);
    expect(await rowsOf(bad.saved.id)).toEqual([{ status: 'failed', attempts: 1, error: 'HTTP 200 errcode 93000 invalid webhook url' }]);

    const dingtalk = robots.received('ding-token-signed-0001');
    expect(dingtalk).toHaveLength(3);
    expect(dingtalk[0].title).toMatch(/^【待复核】「钉钉局事项\d」已反馈，请复核$/);
    expect(dingtalk[0].text).toContain('> 依据：《某某条例》第12条');
    expect(dingtalk[0].text).toMatch(/\[查看事项\]\(https:\/\/luyue\.test\/#\/obligations\/[0-9a-f-]{36}\/show\)/);
    expect(robots.throttled.get('ding-token-signed-0001') ?? 0).toBe(0);
  });

  it('a worker killed while sending to a robot loses no message (a duplicate only for the one in flight)', async () => {
    const N = 15;
    const batch = await submissions('断电局', { kind: 'wecom', webhookUrl: robots.wecomUrl('wecom-key-kill-000001') }, N);
    robots.delayMs = 400; // answers slow enough that the kill lands mid-send
    await batch.submit();
    await waitFor(() => robots.received('wecom-key-kill-000001').length >= 4, 60_000, 'the first robot messages');
    await new Promise((r) => setTimeout(r, 200)); // the next one is on the wire
    suite.worker.kill();
    robots.delayMs = 0;
    await suite.worker.start();
    await waitFor(async () => (await rowsOf(batch.saved.id)).every((r) => r.status === 'sent'), 120_000, 'every row sent');
    const arrived = robots.received('wecom-key-kill-000001');
    const links = arrived.map((a) => /obligations\/([0-9a-f-]{36})/.exec(a.text)?.[1]);
    expect(new Set(links)).toEqual(new Set(batch.ids));
    const duplicates = arrived.length - N;
    process.stderr.write(`kill test: ${arrived.length} arrivals for ${N} messages (${duplicates} duplicates of messages in flight)\n`);
    expect(duplicates).toBeLessThanOrEqual(1); // the robot queue sends one at a time
  });

  it('the limiter keeps a webhook at 20 a minute: 25 messages all arrive, the server throttles none', async () => {
    const N = 25;
    const batch = await submissions('限流局', { kind: 'dingtalk', webhookUrl: robots.dingtalkUrl('ding-token-limited-01'), secret: 'SEC-limited' }, N);
    robots.secrets.set('ding-token-limited-01', 'SEC-limited');
    const start = Date.now();
    await batch.submit();
    await waitFor(() => robots.received('ding-token-limited-01').length >= N, 180_000, `${N} limited messages`);
    const arrivals = robots.received('ding-token-limited-01').map((a) => a.at);
    const first20 = (arrivals[19] - start) / 1000;
    const all = (arrivals[N - 1] - start) / 1000;
    process.stderr.write(`limiter: ${N} messages to one webhook; 20 within ${first20.toFixed(1)} s, all ${N} after ${all.toFixed(1)} s (${((N / all) * 60).toFixed(1)}/min)\n`);
    expect(robots.throttled.get('ding-token-limited-01') ?? 0).toBe(0);
    for (let i = 20; i < N; i++) expect(arrivals[i] - arrivals[i - 20]).toBeGreaterThanOrEqual(60_000);
    expect((await rowsOf(batch.saved.id)).every((r) => r.status === 'sent')).toBe(true);
  });
});
