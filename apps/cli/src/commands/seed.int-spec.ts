import { addDays, todayIn } from '@luyue/domain';
import { createDataSource } from '@luyue/persistence';
import { resetDatabase } from '@luyue/testing';
import { resetEnvCache } from '@luyue/config';
import type { DataSource } from 'typeorm';
import { seedCommand } from './seed.command';

describe('seed command (integration)', () => {
  let ds: DataSource;

  beforeAll(async () => {
    resetEnvCache();
    ds = createDataSource(process.env['DATABASE_URL'] as string);
    await ds.initialize();
    await resetDatabase(ds);
  });
  afterAll(async () => ds.destroy());

  it('loads the demo data on an empty database, and only there', async () => {
    const started = Date.now();
    expect(await seedCommand.run([], {})).toBe(0);
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`seed took ${seconds.toFixed(1)} s\n`);
    expect(seconds).toBeLessThan(60); // < 15 s on an idle machine; generous here for loaded CI hosts

    const [{ regulations, drafts, leaderless }] = await ds.query(
      `SELECT (SELECT count(*)::int FROM regulations) AS regulations,
              (SELECT count(*)::int FROM obligations WHERE status = 'draft') AS drafts,
              (SELECT count(*)::int FROM obligations WHERE lead_body_ids = '{}') AS leaderless`,
    );
    expect({ regulations, drafts, leaderless }).toEqual({ regulations: 5, drafts: 0, leaderless: 0 });
    const jurisdictions = await ds.query('SELECT DISTINCT jurisdiction FROM regulations ORDER BY 1');
    expect(jurisdictions.map((j: { jurisdiction: string }) => j.jurisdiction)).toEqual(['内蒙古自治区', '新疆维吾尔自治区']);

    const today = todayIn(process.env['APP_TIME_ZONE'] ?? 'Asia/Shanghai');
    for (const alias of ['管委会', '自贸办', '口岸主管部门']) {
      const rows: { status: string; due: string | null }[] = await ds.query(
        `SELECT o.status, to_char(o.due_date, 'YYYY-MM-DD') AS due FROM obligations o JOIN bodies b ON b.id = ANY(o.lead_body_ids) WHERE $1 = ANY(b.aliases)`,
        [alias],
      );
      const dues = rows.map((r) => r.due);
      for (const offset of [7, 3, 1, -1]) expect(dues).toContain(addDays(today, offset));
      expect(rows.some((r) => r.due !== null && r.due < addDays(today, -7) && ['acknowledged', 'in_progress'].includes(r.status))).toBe(true);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['pending', 'acknowledged', 'in_progress', 'submitted', 'done', 'waived']));
      const [{ managers, staff }] = await ds.query(
        `SELECT count(*) FILTER (WHERE u.role = 'manager')::int AS managers, count(*) FILTER (WHERE u.role = 'staff')::int AS staff
         FROM users u JOIN bodies b ON b.id = u.body_id WHERE $1 = ANY(b.aliases)`,
        [alias],
      );
      expect({ managers, staff }).toEqual({ managers: 1, staff: 1 });
    }
    // The history matches the statuses: a done obligation went through every step.
    const [done] = await ds.query(`SELECT id FROM obligations WHERE status = 'done' LIMIT 1`);
    const trail = await ds.query(`SELECT to_status AS "to" FROM obligation_events WHERE obligation_id = $1 AND to_status IS NOT NULL ORDER BY id`, [done.id]);
    expect(trail.map((e: { to: string }) => e.to)).toEqual(['draft', 'pending', 'acknowledged', 'in_progress', 'submitted', 'done']);

    const before = await ds.query('SELECT count(*)::int AS n FROM obligation_events');
    expect(await seedCommand.run([], {})).toBe(0); // "demo data already present"
    expect(await ds.query('SELECT count(*)::int AS n FROM obligation_events')).toEqual(before);
  });
});
