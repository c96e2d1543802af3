import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { RunReminderSweepUseCase, reminderConfigFrom } from '@luyue/application';
import { createAppDataSource, createDataSource } from '../data-source';
import { contextOf } from '../test-support/context-of';

// Issue 17 in the daily sweep: the e-mail preferences (overdue, escalation, digest on/off, the
// manager's digest weekday) and the fan-out of the day's reminders to the bodies' robots.
// Run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_ntf_fanout REDIS_URL=redis://127.0.0.1:6379/4

const MONDAY = '2026-11-23';
const WEDNESDAY = '2026-11-25';
const env = validateEnv({ ...process.env, MAIL_FROM: '履约 <noreply@luyue.test>' });

class CollectingQueue {
  readonly keys: string[] = [];
  async enqueueEmails(rows: readonly { id: string; key: string }[]): Promise<number> {
    this.keys.push(...rows.map((r) => r.key));
    return rows.length;
  }
}

describe('sweep: e-mail preferences and the robots fan-out', () => {
  let ds: DataSource;
  let owner: DataSource;

  beforeAll(async () => {
    ds = await createAppDataSource(env).initialize();
    owner = await createDataSource(env.DATABASE_URL).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await owner.destroy();
  });

  it('honours each preference and gives each robot one message per reminder', async () => {
    await owner.query('TRUNCATE notifications, notification_channels, obligation_events, obligations, regulations, users, bodies CASCADE');
    const body = async (name: string, parent: string | null) =>
      (await ds.query(`INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) VALUES ($1, 'T', '州市', 'department', $2) RETURNING id`, [name, parent]))[0].id as string;
    const P = await body('上级', null);
    const A = await body('本级', P);
    const B = await body('无人值守', P); // a body with a robot and nobody to e-mail
    const user = async (email: string, role: string, bodyId: string, set = '') => {
      const [{ id }] = await ds.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $1, 'x', $2, $3) RETURNING id`, [email, role, bodyId]);
      if (set) await owner.query(`UPDATE users SET ${set} WHERE id = $1`, [id]);
      return id as string;
    };
    await user('s1@t', 'staff', A);
    await user('s2@t', 'staff', A);
    await user('s3-no-overdue@t', 'staff', A, 'notify_overdue = false');
    await user('ma@t', 'manager', A);
    await user('ma-no-escalation@t', 'manager', A, 'notify_escalation = false');
    await user('mp@t', 'manager', P);
    await user('mp-wednesday@t', 'manager', P, 'digest_weekday = 3');
    await user('mp-no-digest@t', 'manager', P, 'notify_digest = false');
    const channel = async (bodyId: string, notices: string[]) =>
      (await ds.query(`INSERT INTO notification_channels (body_id, kind, webhook_encrypted, webhook_masked, notices) VALUES ($1, 'wecom', 'v1.x', 'masked', $2) RETURNING id`, [bodyId, notices]))[0]
        .id as string;
    const chA = await channel(A, ['due_soon', 'overdue', 'escalation']);
    const chP = await channel(P, ['escalation', 'digest']);
    const chEventsOnly = await channel(A, ['events']);
    const chB = await channel(B, ['due_soon', 'overdue']);
    await ds.query(`INSERT INTO notification_channels (body_id, kind, webhook_encrypted, webhook_masked, active) VALUES ($1, 'dingtalk', 'v1.x', 'masked', false)`, [A]);
    const [{ id: reg }] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 's', '', '') RETURNING id`,
    );
    const obligation = async (title: string, due: string, co: string[] = [], lead = A) =>
      (
        await ds.query(
          `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, co_body_ids) VALUES ($1, 't', $2, 'must', 'in_progress', $3, ARRAY[$4::uuid], $5::uuid[]) RETURNING id`,
          [reg, title, due, lead, co],
        )
      )[0].id as string;
    // Monday: one item due in 7 days, one overdue by 8 days (escalated to the parent: ≥ 7), which P helps with (P's digest).
    const dueSoonMon = await obligation('临期', '2026-11-30');
    const overdueMon = await obligation('逾期', '2026-11-15', [P]);
    const dueSoonB = await obligation('无人临期', '2026-11-30', [], B);

    const config = reminderConfigFrom(env);
    const rows = async (day: string) =>
      (await ds.query(
        `SELECT n.kind, n.channel, coalesce(u.email, 'channel:' || n.channel_id) AS recipient, n.obligation_id AS "obligationId", n.payload
         FROM notifications n LEFT JOIN users u ON u.id = n.recipient_user_id WHERE n.day = $1 ORDER BY 1, 3, 4`,
        [day],
      )) as { kind: string; channel: string; recipient: string; obligationId: string | null; payload: Record<string, unknown> }[];
    const queue = new CollectingQueue();
    const monday = await new RunReminderSweepUseCase(contextOf(ds), config, queue).execute({ today: MONDAY });
    expect(monday.digestDay).toBe(true);
    const mon = await rows(MONDAY);
    const recipients = (kind: string) =>
      mon
        .filter((r) => r.kind === kind)
        .map((r) => r.recipient)
        .sort();
    // The robots follow the rules, not the staff's e-mail: B's robot gets B's item though B has nobody to e-mail.
    expect(recipients('due_soon')).toEqual([`channel:${chA}`, `channel:${chB}`, 's1@t', 's2@t', 's3-no-overdue@t'].sort());
    expect(recipients('overdue')).toEqual([`channel:${chA}`, 's1@t', 's2@t'].sort());
    expect(recipients('escalation')).toEqual([`channel:${chA}`, `channel:${chP}`, 'ma@t', 'mp-no-digest@t', 'mp-wednesday@t', 'mp@t'].sort());
    // Digest: A's managers, P's Monday manager who keeps it on, and P's robot once (A's robot does not take digests).
    expect(recipients('digest')).toEqual([`channel:${chP}`, 'ma-no-escalation@t', 'ma@t', 'mp@t'].sort());
    expect(mon.some((r) => r.recipient === `channel:${chEventsOnly}`)).toBe(false);
    const robotRow = (kind: string, channelId: string) => mon.filter((r) => r.kind === kind && r.recipient === `channel:${channelId}`);
    expect(robotRow('due_soon', chA).map((r) => r.obligationId)).toEqual([dueSoonMon]);
    expect(robotRow('due_soon', chB).map((r) => [r.obligationId, r.payload])).toEqual([[dueSoonB, { daysLeft: 7 }]]);
    // The lead body's robot gets the escalation as the lead body's managers do, the parent's as the parent's.
    expect(robotRow('escalation', chA).map((r) => r.payload)).toEqual([{ daysOverdue: 8, toParent: false }]);
    expect(robotRow('escalation', chP).map((r) => [r.obligationId, r.payload])).toEqual([[overdueMon, { daysOverdue: 8, toParent: true }]]);
    expect(mon.filter((r) => r.kind === 'overdue' && r.channel === 'wecom').map((r) => r.obligationId)).toEqual([overdueMon]);
    // Only e-mail rows go to the e-mail queue; the robot rows wait for the outbox relay.
    expect(queue.keys.every((k) => !k.includes(':channel-'))).toBe(true);
    expect(queue.keys).toHaveLength(mon.filter((r) => r.channel === 'email').length);

    // Run again: nothing new.
    await new RunReminderSweepUseCase(contextOf(ds), config, new CollectingQueue()).execute({ today: MONDAY });
    expect(await rows(MONDAY)).toEqual(mon);

    // Wednesday: the manager who chose Wednesday gets the digest, nobody else.
    const wednesday = await new RunReminderSweepUseCase(contextOf(ds), config, new CollectingQueue()).execute({ today: WEDNESDAY });
    expect(wednesday.digestDay).toBe(true);
    expect(
      (await rows(WEDNESDAY))
        .filter((r) => r.kind === 'digest')
        .map((r) => r.recipient)
        .sort(),
    ).toEqual([`channel:${chP}`, 'mp-wednesday@t'].sort());
  });
});
