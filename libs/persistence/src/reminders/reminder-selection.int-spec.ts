import type { DataSource } from 'typeorm';
import { OBLIGATION_STATUSES, type ObligationStatus, notificationKey } from '@luyue/contracts';
import { validateEnv } from '@luyue/config';
import { type ReminderSettings, addDays, remindersFor } from '@luyue/domain';
import { messageIdFor } from '@luyue/mail';
import { type ReminderConfig, RunReminderSweepUseCase, reminderConfigFrom } from '@luyue/application';
import { createAppDataSource, createDataSource } from '../data-source';
import { contextOf } from '../test-support/context-of';

// The sweep's set-based SQL must select exactly what the pure rules (remindersFor) say,
// for every status and a range of due dates around the day.

const D = '2026-11-25';
const env = validateEnv({ ...process.env, MAIL_FROM: '履约 <noreply@luyue.test>' });

class CollectingQueue {
  readonly jobs: { id: string; key: string }[] = [];
  async enqueueEmails(rows: readonly { id: string; key: string }[]): Promise<number> {
    this.jobs.push(...rows);
    return rows.length;
  }
}

describe('reminder selection (SQL) agrees with remindersFor (domain)', () => {
  let ds: DataSource; // the app role, as the worker runs the sweep
  let owner: DataSource; // TRUNCATE is the owner's
  let ids: { staff: string; managerA: string; managerP: string; bodyA: string };

  beforeAll(async () => {
    ds = await createAppDataSource(env).initialize();
    owner = await createDataSource(env.DATABASE_URL).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await owner.destroy();
  });

  beforeEach(async () => {
    // (@luyue/testing is off limits to application code by the module boundaries.)
    await owner.query('TRUNCATE notifications, obligation_events, obligations, regulations, users, bodies CASCADE');
    const [p] = await ds.query(`INSERT INTO bodies (name, jurisdiction, level, kind) VALUES ('上级', 'T', '州市', 'government') RETURNING id`);
    const [a] = await ds.query(`INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) VALUES ('本级', 'T', '县市区', 'department', $1) RETURNING id`, [p.id]);
    const user = async (email: string, role: string, bodyId: string) =>
      (await ds.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $1, 'x', $2, $3) RETURNING id`, [email, role, bodyId]))[0].id as string;
    ids = { staff: await user('s@t', 'staff', a.id), managerA: await user('ma@t', 'manager', a.id), managerP: await user('mp@t', 'manager', p.id), bodyA: a.id };
    const [reg] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'sha', '', '') RETURNING id`,
    );
    // Every status × due dates from D-30 to D+10 (and no due date).
    await ds.query(
      `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids)
       SELECT $1, 't', s || ' ' || coalesce(off::text, 'none'), 'must', s, $2::date + off, ARRAY[$3::uuid]
       FROM unnest($4::text[]) AS s CROSS JOIN (SELECT generate_series(-30, 10) AS off UNION ALL SELECT NULL) offs`,
      [reg.id, D, a.id, [...OBLIGATION_STATUSES]],
    );
  });

  const expected = async (rules: ReminderSettings, day: string) => {
    const obligations: { id: string; status: ObligationStatus; dueDate: string | null }[] = await ds.query(`SELECT id, status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM obligations`);
    const keys: string[] = [];
    for (const o of obligations) {
      for (const r of remindersFor(o, day, rules)) {
        const recipients = r.kind === 'escalation' ? [ids.managerA, ...(r.escalateToParent ? [ids.managerP] : [])] : [ids.staff];
        for (const recipientUserId of recipients) keys.push(notificationKey({ kind: r.kind, subjectId: o.id, day, recipientUserId }));
      }
    }
    return keys.sort();
  };

  const actual = async (day: string) => ((await ds.query(`SELECT key FROM notifications WHERE day = $1`, [day])) as { key: string }[]).map((r) => r.key).sort();

  it('default settings (7/3/1, escalate after 7, every 7 days)', async () => {
    const config = reminderConfigFrom(env);
    const queue = new CollectingQueue();
    const result = await new RunReminderSweepUseCase(contextOf(ds), config, queue).execute({ today: D, sweepId: 'agree' });
    const want = await expected(config.rules, D);
    expect(want.length).toBeGreaterThan(10);
    expect(await actual(D)).toEqual(want);
    expect(result).toMatchObject({ selected: want.length, created: want.length, enqueued: want.length, digestDay: false });
    expect(queue.jobs.map((j) => j.key).sort()).toEqual(want);

    const rows: { key: string; message_id: string; sweep_id: string }[] = await ds.query('SELECT key, message_id, sweep_id FROM notifications');
    for (const row of rows) {
      expect(row.message_id).toBe(messageIdFor(row.key, env.MAIL_FROM));
      expect(row.sweep_id).toBe('agree');
    }
  });

  it('custom settings (offsets 2, escalate after 1 day, a different day)', async () => {
    const base = reminderConfigFrom(env);
    const config: ReminderConfig = { ...base, rules: { ...base.rules, dueSoonOffsets: [2, 10], escalateAfterDays: 1 } };
    const day = addDays(D, -4);
    await new RunReminderSweepUseCase(contextOf(ds), config, new CollectingQueue()).execute({ today: day });
    expect(await actual(day)).toEqual(await expected(config.rules, day));
  });

  it('two sweeps of the same day at the same time create each notification once', async () => {
    const config = reminderConfigFrom(env);
    const [a, b] = await Promise.all([
      new RunReminderSweepUseCase(contextOf(ds), config, new CollectingQueue()).execute({ today: D, sweepId: 'a' }),
      new RunReminderSweepUseCase(contextOf(ds), config, new CollectingQueue()).execute({ today: D, sweepId: 'b' }),
    ]);
    const want = await expected(config.rules, D);
    expect(a.selected).toBe(want.length);
    expect(b.selected).toBe(want.length);
    expect(a.created + b.created).toBe(want.length);
    expect(await actual(D)).toEqual(want);
  });
});
