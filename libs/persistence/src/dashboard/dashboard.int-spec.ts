import type { DataSource } from 'typeorm';
import { OBLIGATION_STATUSES, type ObligationStatus } from '@luyue/contracts';
import { type Actor, addDays, bodyWithDescendants, canView, fixedClock, trafficLight } from '@luyue/domain';
import { AppContext } from '@luyue/application';
import { emptyAppDatabase } from '../test-support/empty-app-database';
import { createDataAccess } from '../data-access';
import { sqlQueryContext } from '../shared/sql-query-context';
import { SqlDashboardQuery } from './dashboard.sql-query';

// The dashboard counts a scoped user's obligations through obligation_scopes and the lead-body
// index, an admin's over obligations. Every figure must equal what the domain rules say of the
// same rows: canView for visibility, trafficLight for the lights.

const TODAY = '2026-11-25';

interface Row {
  id: string;
  status: ObligationStatus;
  dueDate: string | null;
  leadBodyIds: string[];
  coBodyIds: string[];
  assigneeId: string | null;
}

describe('dashboard figures agree with the domain rules', () => {
  let ds: DataSource;
  let query: SqlDashboardQuery;
  let bodies: { id: string; parentId: string | null }[];
  let rows: Row[];
  const users: Record<string, { id: string; role: 'admin' | 'manager' | 'staff'; bodyId: string | null }> = {};

  beforeAll(async () => {
    const fresh = await emptyAppDatabase();
    ds = fresh.ds;
    const body = fresh.body;
    const root = await body('自治区', null);
    const prefecture = await body('州', root);
    const countyA = await body('甲县', prefecture);
    const countyB = await body('乙县', prefecture);
    const other = await body('厅', root);
    bodies = await ds.query(`SELECT id, parent_id AS "parentId" FROM bodies`);
    const user = async (key: string, role: 'admin' | 'manager' | 'staff', bodyId: string | null) => {
      const [u] = await ds.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $1, 'x', $2, $3) RETURNING id`, [`${key}@t`, role, bodyId]);
      users[key] = { id: u.id, role, bodyId };
    };
    await user('admin', 'admin', null);
    await user('prefectureManager', 'manager', prefecture);
    await user('countyStaff', 'staff', countyA);
    await user('otherStaff', 'staff', other);
    const [reg] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'sha', '', '') RETURNING id`,
    );
    // Every status × due dates around today × lead/co combinations, some assigned to county staff.
    const parties: [string[], string[]][] = [
      [[countyA], []],
      [[countyB], [countyA]],
      [[other], [countyB]],
      [[prefecture], []],
      [[other], []],
    ];
    const offsets = [-10, -1, 0, 2, 3, 6, 7, 30, null];
    let n = 0;
    for (const status of OBLIGATION_STATUSES)
      for (const offset of offsets)
        for (const [lead, co] of parties) {
          const assignee = n++ % 4 === 0 ? users['countyStaff'].id : null;
          await ds.query(
            `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, co_body_ids, assignee_id)
             VALUES ($1, 't', 't', 'must', $2, $3, $4::uuid[], $5::uuid[], $6)`,
            [reg.id, status, offset === null ? null : addDays(TODAY as never, offset), lead, co, assignee],
          );
        }
    rows = await ds.query(`SELECT id, status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", lead_body_ids AS "leadBodyIds", co_body_ids AS "coBodyIds", assignee_id AS "assigneeId" FROM obligations`);
    const ctx = new AppContext(createDataAccess(ds), { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp/test-evidence', evidenceMaxBytes: 1024 }, fixedClock('2026-11-25T04:00:00Z'));
    query = new SqlDashboardQuery(sqlQueryContext(ctx, ds));
  });

  afterAll(async () => {
    await ds.destroy();
  });

  const actorOf = (key: string): Actor => {
    const u = users[key];
    return { userId: u.id, role: u.role, bodyId: u.bodyId, scopeBodyIds: u.bodyId ? bodyWithDescendants(u.bodyId, bodies) : [] };
  };

  /** The dashboard as the domain rules compute it from the rows. */
  function expected(actor: Actor) {
    const visible = rows.filter((r) => canView(r, actor));
    const active = (r: Row) => ['pending', 'acknowledged', 'in_progress', 'submitted'].includes(r.status) && r.dueDate !== null;
    const byStatus: Record<string, number> = {};
    for (const r of visible) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const lights = new Map<string, { red: number; yellow: number; green: number }>();
    for (const r of visible.filter(active))
      for (const lead of r.leadBodyIds) {
        if (actor.role !== 'admin' && !actor.scopeBodyIds.includes(lead)) continue;
        const light = trafficLight(r.dueDate as never, r.status, TODAY as never, 3) as 'red' | 'yellow' | 'green';
        const l = lights.get(lead) ?? { red: 0, yellow: 0, green: 0 };
        l[light]++;
        lights.set(lead, l);
      }
    return {
      byStatus,
      dueThisWeek: visible.filter((r) => active(r) && (r.dueDate as string) >= TODAY && (r.dueDate as string) <= addDays(TODAY as never, 6)).length,
      awaitingVerification: visible.filter((r) => r.status === 'submitted').length,
      myOpen: visible.filter(
        (r) =>
          ['pending', 'acknowledged', 'in_progress'].includes(r.status) && (r.assigneeId === actor.userId || (r.assigneeId === null && actor.bodyId !== null && r.leadBodyIds.includes(actor.bodyId))),
      ).length,
      lights: Object.fromEntries([...lights].sort(([a], [b]) => a.localeCompare(b))),
    };
  }

  const figures = async (actor: Actor) => {
    const view = await query.execute(actor);
    const lights = Object.fromEntries(view.lightsByBody.map((l) => [l.bodyId, { red: l.red, yellow: l.yellow, green: l.green }]).sort(([a], [b]) => (a as string).localeCompare(b as string)));
    return { byStatus: view.byStatus, dueThisWeek: view.dueThisWeek, awaitingVerification: view.awaitingVerification, myOpen: view.myOpen, lights };
  };

  it.each(['admin', 'prefectureManager', 'countyStaff', 'otherStaff'])('%s', async (key) => {
    const actor = actorOf(key);
    const view = await figures(actor);
    expect(view).toEqual(expected(actor));
    expect(view.dueThisWeek + view.awaitingVerification + view.myOpen).toBeGreaterThan(0);
    // What GET /dashboard sends: the same view, from the scope's once-encoded JSON.
    expect(JSON.parse((await query.executeJson(actor)).toString('utf8'))).toEqual(await query.execute(actor));
  });

  // The figures of a scope are kept until obligations change: the next request after a change counts again.
  it('a change of obligations shows on the next request of every scope', async () => {
    const keys = ['admin', 'prefectureManager', 'countyStaff'];
    for (const key of keys) await figures(actorOf(key)); // cached
    const target = rows.find((r) => r.status === 'pending' && r.leadBodyIds.includes(users['countyStaff'].bodyId as string) && r.dueDate === TODAY) as Row;
    await ds.query(`UPDATE obligations SET status = 'submitted' WHERE id = $1`, [target.id]);
    target.status = 'submitted';
    for (const key of keys) expect(await figures(actorOf(key))).toEqual(expected(actorOf(key)));
    for (const key of keys) expect(JSON.parse((await query.executeJson(actorOf(key))).toString('utf8'))).toEqual(await query.execute(actorOf(key)));
  });

  // Lead and partner trade places (the reach stays the same): the lights follow the new lead body.
  it('a swap of lead and partner body moves the lights', async () => {
    const keys = ['admin', 'prefectureManager', 'countyStaff'];
    for (const key of keys) await figures(actorOf(key));
    const target = rows.find((r) => r.status === 'in_progress' && r.dueDate !== null && r.leadBodyIds.length === 1 && r.coBodyIds.length === 1) as Row;
    [target.leadBodyIds, target.coBodyIds] = [target.coBodyIds, target.leadBodyIds];
    await ds.query(`UPDATE obligations SET lead_body_ids = $2, co_body_ids = $3 WHERE id = $1`, [target.id, target.leadBodyIds, target.coBodyIds]);
    for (const key of keys) expect(await figures(actorOf(key))).toEqual(expected(actorOf(key)));
  });
});
