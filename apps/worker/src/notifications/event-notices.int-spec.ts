import {
  DecideExtensionUseCase,
  ReassignObligationsUseCase,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
  UpdateObligationUseCase,
  writeEventNotices,
} from '@luyue/application';
import type { ObligationStatus } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';
import { waitFor, Fixtures, BASE_URL, type NotificationSuite, startNotificationSuite } from '@luyue/testing';

// Issue 17: every hand-off announced by e-mail, exactly once, to exactly the right people, through
// the real pieces: the use cases write the outbox rows in their transaction, the worker (a child
// process) relays and sends them to a real SMTP server.
// Run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_ntf_events REDIS_URL=redis://127.0.0.1:6379/4

jest.setTimeout(300_000);

describe('hand-off notices: transition → outbox row → worker → SMTP', () => {
  let suite: NotificationSuite;

  beforeAll(async () => {
    suite = await startNotificationSuite();
  });

  afterAll(async () => {
    await suite?.stop();
  });

  it('each event reaches exactly its recipients once, never the actor; writing the same events again sends nothing', async () => {
    const { owner, app, sink, ctx } = suite;
    const fx = new Fixtures(owner);
    await fx.regulation('某某条例');
    const P = await fx.body('州政府');
    const A = await fx.body('甲局', P);
    const B = await fx.body('乙局', P);
    const u = {
      a1: await fx.user({ email: 'a1@example.test', role: 'staff', bodyId: A, name: '甲一' }),
      a2: await fx.user({ email: 'a2@example.test', role: 'staff', bodyId: A }),
      a3: await fx.user({ email: 'a3-inactive@example.test', role: 'staff', bodyId: A, active: false }),
      aq: await fx.user({ email: 'aq-quiet@example.test', role: 'staff', bodyId: A }),
      mA: await fx.user({ email: 'manager-a@example.test', role: 'manager', bodyId: A, name: '甲局长' }),
      mAq: await fx.user({ email: 'manager-a-quiet@example.test', role: 'manager', bodyId: A }),
      b1: await fx.user({ email: 'b1@example.test', role: 'staff', bodyId: B }),
      x: await fx.user({ email: 'x@example.test', role: 'staff', bodyId: B }),
      mB: await fx.user({ email: 'manager-b@example.test', role: 'manager', bodyId: B }),
      mP: await fx.user({ email: 'manager-p@example.test', role: 'manager', bodyId: P }),
      admin: await fx.user({ email: 'admin@example.test', role: 'admin', bodyId: null }),
    };
    // These two keep every sweep kind but turn hand-off notices off (我的通知).
    await owner.query('UPDATE users SET notify_events = false WHERE id = ANY($1::uuid[])', [[u.aq, u.mAq]]);
    const o = await fx.obligation({ title: '建立口岸工作协调机制', status: 'pending', dueDate: '2027-03-01', lead: [A], article: 12 });

    const actor = (userId: string, role: Actor['role'], bodyId: string | null, scope: string[]): Actor => ({ userId, role, bodyId, scopeBodyIds: scope });
    const a1 = actor(u.a1, 'staff', A, [A]);
    const mA = actor(u.mA, 'manager', A, [A]);
    const admin = actor(u.admin, 'admin', null, [P, A, B]);
    const transitions = new TransitionObligationUseCase(ctx);
    const currentVersion = async (): Promise<number> => (await app.query('SELECT version FROM obligations WHERE id = $1', [o]))[0].version;
    const move = async (who: Actor, to: ObligationStatus, note?: string) => {
      await transitions.execute(who, o, { to, note, version: await currentVersion() });
    };

    await move(a1, 'acknowledged'); // nobody
    await move(a1, 'in_progress'); // nobody
    await new ReportProgressUseCase(ctx).execute(a1, o, '已完成初稿'); // nobody (timeline only)
    await move(a1, 'submitted', '机制已建立，文件已印发'); // → lead managers
    const submittedAt = Date.now();
    await waitFor(() => sink.received.length >= 1, 60_000, 'the first notice');
    process.stderr.write(`first notice arrived ${Date.now() - submittedAt} ms after the transition\n`);
    await move(mA, 'in_progress', '请补充会议纪要'); // returned → lead staff
    await move(a1, 'submitted', '已补充'); // → lead managers
    await move(mA, 'done'); // verified → lead staff
    await move(mA, 'in_progress', '发现遗漏'); // reopened → lead staff
    await new UpdateObligationUseCase(ctx).execute(admin, o, { version: await currentVersion(), assigneeId: u.x, leadBodyIds: [A, B] }); // assigned → x and B's staff
    await new ReassignObligationsUseCase(ctx).execute(admin, u.x, u.b1); // assigned → b1
    const request = await new RequestExtensionUseCase(ctx).execute(a1, o, '需要更多时间', '2027-04-01'); // → managers of A and B
    await new DecideExtensionUseCase(ctx).execute(mA, request.id, true, '同意'); // → a1
    await move(mA, 'waived', '上级已统筹'); // → staff of A and B, and the assignee b1

    const expected: Record<string, string[]> = {
      submitted: ['manager-a', 'manager-a'],
      returned: ['a1', 'a2'],
      verified: ['a1', 'a2'],
      reopened: ['a1', 'a2'],
      assigned: ['b1', 'b1', 'x'],
      extension_requested: ['manager-a', 'manager-b'],
      extension_decided: ['a1'],
      waived: ['a1', 'a2', 'b1', 'x'],
    };
    const total = Object.values(expected).flat().length;
    await waitFor(() => sink.received.length >= total, 60_000, `${total} notices`);
    await new Promise((r) => setTimeout(r, 1_500)); // anything extra would arrive now

    const byKind: Record<string, string[]> = {};
    for (const mail of sink.received) {
      const kind = mail.notificationKey.split(':')[0];
      (byKind[kind] ??= []).push(mail.to[0].split('@')[0]);
    }
    for (const list of Object.values(byKind)) list.sort();
    expect(byKind).toEqual(expected);
    process.stderr.write(`notices per kind: ${JSON.stringify(Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.length])))} (total ${total})\n`);
    // Distinct keys and Message-IDs: no message went twice.
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(total);

    // Chinese, with the obligation, its regulation and article, due date and light, and a link.
    const submitted = sink.received[0]; // sent while the item was still 待复核
    expect(submitted?.subject).toBe('【待复核】「建立口岸工作协调机制」已反馈，请复核');
    expect(submitted?.text).toContain('甲一 已反馈以下事项的办理结果');
    expect(submitted?.text).toContain('《某某条例》第12条');
    expect(submitted?.text).toMatch(/截止日期：2027-03-01（绿灯）/);
    expect(submitted?.text).toContain('机制已建立，文件已印发');
    expect(submitted?.text).toContain(`${BASE_URL}/#/obligations/${o}/show`);
    const decided = sink.received.find((m) => m.notificationKey.startsWith('extension_decided:'));
    expect(decided?.subject).toBe('【延期已批准】「建立口岸工作协调机制」截止日期延至 2027-04-01');

    const rows: { status: string; n: number }[] = await owner.query(`SELECT status, count(*)::int AS n FROM notifications GROUP BY status`);
    expect(rows).toEqual([{ status: 'sent', n: total }]);

    // The same events written again (a retried transaction, a re-run relay): nothing new.
    const events: { id: string; type: never; toStatus: never; data: Record<string, unknown> }[] = await owner.query(
      `SELECT id::text, type, to_status AS "toStatus", data FROM obligation_events WHERE obligation_id = $1 ORDER BY id`,
      [o],
    );
    const again = await ctx.data.transaction((repos) => writeEventNotices(repos.eventNotices, ctx, events));
    expect(again).toBe(0);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(sink.received).toHaveLength(total);
  });
});
