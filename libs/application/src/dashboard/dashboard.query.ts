import { addDays, type Actor } from '@luyue/domain';
import type { ObligationStatus } from '@luyue/contracts';
import type { AppContext } from '../shared/app-context';
import { obligationScope, visibleBodyIds } from '../access/actor.loader';
import { scopeSql } from '../obligations/obligation-filter';
import { SqlParams } from '../shared/sql';

export interface DashboardView {
  byStatus: Partial<Record<ObligationStatus, number>>;
  lightsByBody: { bodyId: string; name: string; red: number; yellow: number; green: number }[];
  overdueByBody: { bodyId: string; name: string; count: number }[];
  /** Active obligations due from today through today + 6. */
  dueThisWeek: number;
  /** Submitted, waiting for a manager's 复核. */
  awaitingVerification: number;
  /** Open obligations assigned to me, or unassigned ones led by my body. */
  myOpen: number;
  today: string;
}

/** GET /dashboard: counts over the obligations the user can see; lights computed in SQL from due dates and today. */
export class DashboardQuery {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor): Promise<DashboardView> {
    const today = this.ctx.today();
    const scope = visibleBodyIds(actor);
    const m = this.ctx.ds.manager;
    // Each statement gets its own parameter list (PostgreSQL refuses unused parameters).
    const visibleSql = (p: SqlParams) => scopeSql('o', obligationScope(actor), p);
    const active = `o.status IN ('pending','acknowledged','in_progress','submitted') AND o.due_date IS NOT NULL`;

    const p1 = new SqlParams();
    const statusRows: { status: ObligationStatus; n: number }[] = await m.query(`SELECT o.status, count(*)::int AS n FROM obligations o WHERE ${visibleSql(p1)} GROUP BY o.status`, p1.values);

    const p2 = new SqlParams();
    const v2 = visibleSql(p2);
    const [counts] = await m.query(
      `SELECT
         count(*) FILTER (WHERE ${active} AND o.due_date BETWEEN ${p2.add(today)}::date AND ${p2.add(addDays(today, 6))}::date)::int AS "dueThisWeek",
         count(*) FILTER (WHERE o.status = 'submitted')::int AS "awaitingVerification",
         count(*) FILTER (WHERE o.status IN ('pending','acknowledged','in_progress')
           AND (o.assignee_id = ${p2.add(actor.userId)}::uuid OR (o.assignee_id IS NULL AND ${p2.add(actor.bodyId)}::uuid = ANY(o.lead_body_ids))))::int AS "myOpen"
       FROM obligations o WHERE ${v2}`,
      p2.values,
    );

    // Per lead body; a non-admin sees only the bodies in their own scope.
    const p3 = new SqlParams();
    const v3 = visibleSql(p3);
    const scopeP = scope === null ? null : p3.add(scope);
    const t = `${p3.add(today)}::date`;
    const y = `${p3.add(this.ctx.yellowUntil(today))}::date`;
    const lights: { bodyId: string; name: string; red: number; yellow: number; green: number }[] = await m.query(
      `SELECT b.id AS "bodyId", b.name,
         count(*) FILTER (WHERE o.due_date < ${t})::int AS red,
         count(*) FILTER (WHERE o.due_date >= ${t} AND o.due_date <= ${y})::int AS yellow,
         count(*) FILTER (WHERE o.due_date > ${y})::int AS green
       FROM obligations o CROSS JOIN LATERAL unnest(o.lead_body_ids) AS lead(body_id) JOIN bodies b ON b.id = lead.body_id
       WHERE ${v3} AND ${active}${scopeP ? ` AND b.id = ANY(${scopeP}::uuid[])` : ''}
       GROUP BY b.id, b.name ORDER BY red DESC, yellow DESC, b.name`,
      p3.values,
    );
    return {
      byStatus: Object.fromEntries(statusRows.map((r) => [r.status, r.n])),
      lightsByBody: lights,
      overdueByBody: lights.filter((l) => l.red > 0).map((l) => ({ bodyId: l.bodyId, name: l.name, count: l.red })).sort((a, b) => b.count - a.count),
      dueThisWeek: counts.dueThisWeek,
      awaitingVerification: counts.awaitingVerification,
      myOpen: counts.myOpen,
      today,
    };
  }
}
