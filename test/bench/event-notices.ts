// Issue 17: how fast hand-off notices are written. Submits N obligations one transition each
// (every submission writes its outbox rows in the same transaction: 3 managers and 1 robot),
// then one bulk reassignment of N items (N events, one INSERT … SELECT), and prints the figures.
//   TS_NODE_PROJECT=tsconfig.base.json TS_NODE_TRANSPILE_ONLY=true \
//   node -r ts-node/register -r tsconfig-paths/register test/bench/event-notices.ts [N]
import { AppContext, CreateChannelUseCase, ReassignObligationsUseCase, TransitionObligationUseCase, writeEventNotices } from '@luyue/application';
import { validateEnv } from '@luyue/config';
import type { Actor } from '@luyue/domain';
import { createAppDataSource, createDataAccess, createDataSource, ensureDatabase, runMigrations } from '@luyue/persistence';

const DB = 'postgres://postgres@127.0.0.1:5432/luyue_test_ntf_bench';
const N = Number(process.argv[2] ?? 1000);

(async () => {
  await ensureDatabase(DB);
  await runMigrations(DB);
  const env = validateEnv({ DATABASE_URL: DB });
  const owner = await createDataSource(DB).initialize();
  const app = await createAppDataSource(env).initialize();
  await owner.query('TRUNCATE notifications, notification_channels, extension_requests, obligation_events, obligations, regulations, users, bodies CASCADE');
  const [{ id: body }] = await owner.query(`INSERT INTO bodies (name, jurisdiction, level, kind) VALUES ('基准局', 'B', '州市', 'department') RETURNING id`);
  const user = async (email: string, role: string) =>
    (await owner.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $1, 'x', $2, $3) RETURNING id`, [email, role, body]))[0].id as string;
  const staff = await user('staff@bench', 'staff');
  const other = await user('other@bench', 'staff');
  for (let i = 0; i < 3; i++) await user(`manager${i}@bench`, 'manager');
  const admin: Actor = { userId: await user('admin@bench', 'admin'), role: 'admin', bodyId: null, scopeBodyIds: [] };
  const [{ id: reg }] = await owner.query(
    `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'B', 'plan', 'r', 'txt', 's', '', '') RETURNING id`,
  );
  const ids: string[] = (
    await owner.query(
      `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, assignee_id)
     SELECT $1, 't', '事项' || i, 'must', 'in_progress', '2027-01-01', ARRAY[$2::uuid], $3 FROM generate_series(1, $4) i RETURNING id`,
      [reg, body, staff, N],
    )
  ).map((r: { id: string }) => r.id);
  const ctx = new AppContext(createDataAccess(app), { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp/bench', evidenceMaxBytes: 1024, mailFrom: 'b <n@bench.test>' });
  await new CreateChannelUseCase(ctx, { secretKey: env.CHANNEL_SECRET_KEY, allowedHosts: 'qyapi.weixin.qq.com' }).execute(admin, body, {
    kind: 'wecom',
    webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=bench-key-0123456789',
  });

  const transitions = new TransitionObligationUseCase(ctx);
  const actor: Actor = { userId: staff, role: 'staff', bodyId: body, scopeBodyIds: [body] };
  let t = process.hrtime.bigint();
  for (const id of ids) await transitions.execute(actor, id, { to: 'submitted', note: '已完成', version: 1 });
  const submitSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  const [{ n: submitRows }] = await owner.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'submitted'`);

  // The notice writing alone: the same events announced again, one transaction each, after their rows are gone.
  const events: { id: string; type: never; toStatus: never; data: Record<string, unknown> }[] = await owner.query(
    `SELECT id::text, type, to_status AS "toStatus", data FROM obligation_events WHERE type = 'status_changed' AND to_status = 'submitted'`,
  );
  await owner.query('DELETE FROM notifications');
  t = process.hrtime.bigint();
  for (const event of events) await ctx.data.transaction((repos) => writeEventNotices(repos.eventNotices, ctx, [event]));
  const writeSeconds = Number(process.hrtime.bigint() - t) / 1e9;

  // Reassignment moves open items only: put them back to in_progress first (no notices for that path's setup).
  await owner.query(`UPDATE obligations SET status = 'in_progress' WHERE id = ANY($1::uuid[])`, [ids]);
  t = process.hrtime.bigint();
  const moved = await new ReassignObligationsUseCase(ctx).execute(admin, staff, other);
  const reassignSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  const [{ n: assignedRows }] = await owner.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'assigned'`);

  console.log(
    JSON.stringify(
      {
        submissions: N,
        submitSeconds: +submitSeconds.toFixed(2),
        transitionsWithNoticesPerSecond: +(N / submitSeconds).toFixed(1),
        submittedNoticeRows: submitRows,
        noticeRowsPerSecond: +(submitRows / submitSeconds).toFixed(1),
        noticeWritingAloneEventsPerSecond: +(events.length / writeSeconds).toFixed(1),
        noticeWritingAloneMsPerEvent: +((writeSeconds * 1000) / events.length).toFixed(2),
        bulkReassigned: moved.reassigned,
        bulkReassignSeconds: +reassignSeconds.toFixed(2),
        assignedNoticeRows: assignedRows,
        bulkNoticeEventsPerSecond: +(moved.reassigned / reassignSeconds).toFixed(1),
      },
      null,
      1,
    ),
  );
  await app.destroy();
  await owner.destroy();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
