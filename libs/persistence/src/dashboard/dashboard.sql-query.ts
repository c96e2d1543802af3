import { addDays, type Actor } from '@luyue/domain';
import type { IsoDate, ObligationStatus } from '@luyue/contracts';
import { ChangeCache, type DashboardQuery, type DashboardView, obligationScope, visibleBodyIds } from '@luyue/application';
import { SqlParams } from '../shared/sql';
import { scopeRowsSql, scopeSql } from '../obligations/obligation-filter';
import { changeVersionSql } from '../shared/change-version';
import type { SqlQueryContext } from '../shared/sql-query-context';

/** The figures every user of one scope shares (all but myOpen). */
type ScopeFigures = Omit<DashboardView, 'myOpen' | 'today'>;

/** A scope's figures, and their JSON up to the closing brace (a user's own fields follow). */
interface SharedFigures {
  figures: ScopeFigures;
  jsonHead: Buffer;
}

const jsonHead = (figures: ScopeFigures): Buffer => Buffer.from(JSON.stringify(figures).slice(0, -1));

/**
 * GET /dashboard: counts over the obligations the user can see; lights computed in SQL from due
 * dates and today. The figures of a scope (everything for admins, a body's subtree otherwise)
 * are computed once per change of obligations or bodies (their change counters, one small
 * statement per request) and shared by concurrent requests; a user's myOpen is kept the same way.
 */
export class SqlDashboardQuery implements DashboardQuery {
  private readonly figures = new ChangeCache<{ pending: Promise<SharedFigures> }>(30_000, 2_000);
  private readonly myOpen = new ChangeCache<number>(30_000, 20_000);

  constructor(private readonly ctx: SqlQueryContext) {}

  async execute(actor: Actor): Promise<DashboardView> {
    const { shared, myOpen, today } = await this.parts(actor);
    return { ...shared.figures, myOpen, today };
  }

  /**
   * The same view as UTF-8 JSON. The scope's figures are encoded once per change and shared by
   * every request: an admin's lights name every lead body (about 400 KB for 2,000 bodies), and
   * encoding them on each request was most of the request's CPU.
   */
  async executeJson(actor: Actor): Promise<Buffer> {
    const { shared, myOpen, today } = await this.parts(actor);
    return Buffer.concat([shared.jsonHead, Buffer.from(`,"myOpen":${JSON.stringify(myOpen)},"today":${JSON.stringify(today)}}`)]);
  }

  private async parts(actor: Actor): Promise<{ shared: SharedFigures; myOpen: number; today: IsoDate }> {
    const today = this.ctx.today();
    const scope = obligationScope(actor);
    const [{ obligationsVersion, bodiesVersion }] = await this.ctx.ds.query(`SELECT ${changeVersionSql('obligations')} AS "obligationsVersion", ${changeVersionSql('bodies')} AS "bodiesVersion"`);
    const version = `${today}:${obligationsVersion}:${bodiesVersion}`;
    const key = scope.all ? 'all' : `body:${scope.bodyId}`;
    const entry = await this.figures.get(key, version, async () => {
      const pending = this.scopeFigures(actor, today).then((figures) => ({ figures, jsonHead: jsonHead(figures) }));
      // A failed computation is not kept: the next request tries again.
      pending.catch(() => this.figures.delete(key));
      return { pending };
    });
    const myOpen = await this.myOpen.get(actor.userId, version, () => this.countMyOpen(actor));
    return { shared: await entry.pending, myOpen, today };
  }

  /** Assigned to me, or unassigned and led by my body: the assignee and lead-body indexes find them. */
  private async countMyOpen(actor: Actor): Promise<number> {
    const p = new SqlParams();
    const [{ myOpen }] = await this.ctx.ds.query(
      `SELECT count(*)::int AS "myOpen" FROM obligations o
       WHERE o.status IN ('pending','acknowledged','in_progress')
         AND (o.assignee_id = ${p.add(actor.userId)}::uuid OR (o.assignee_id IS NULL AND o.lead_body_ids @> ARRAY[${p.add(actor.bodyId)}::uuid]))
         AND ${scopeSql('o', obligationScope(actor), p)}`,
      p.values,
    );
    return myOpen;
  }

  private async scopeFigures(actor: Actor, today: IsoDate): Promise<ScopeFigures> {
    const scope = obligationScope(actor);
    const m = this.ctx.ds.manager;
    // Status and due-date counts: a scoped user's own rows of obligation_scopes (one index range,
    // however large the table), everything for an admin. Each statement gets its own parameter
    // list (PostgreSQL refuses unused parameters).
    const counted = (p: SqlParams) => (scope.all ? 'obligations o WHERE TRUE' : scope.bodyId ? `obligation_scopes o WHERE ${scopeRowsSql(scope.bodyId, p)}` : 'obligations o WHERE FALSE');
    const active = `o.status IN ('pending','acknowledged','in_progress','submitted') AND o.due_date IS NOT NULL`;

    // Three small statements in parallel, each off a narrow index (never the obligations' heap):
    // status counts (the status index for an admin, the user's scope rows otherwise), the week's
    // due count (a week of the open items' due-date index) and the lights per lead body.
    const p1 = new SqlParams();
    const statusSql = `SELECT o.status, count(*)::int AS n FROM ${counted(p1)} GROUP BY o.status`;
    const pw = new SqlParams();
    const weekSql = `SELECT count(*)::int AS n FROM ${counted(pw)} AND ${active}
         AND o.due_date BETWEEN ${pw.add(today)}::date AND ${pw.add(addDays(today, 6))}::date`;

    // Per lead body, off the open lead rows of obligation_scopes (body, due date); a non-admin sees
    // only the bodies in their own scope (an obligation led by one of them is visible to them).
    const p2 = new SqlParams();
    const ownBodies = visibleBodyIds(actor);
    const scopeP = ownBodies === null ? null : p2.add(ownBodies);
    const t = `${p2.add(today)}::date`;
    const y = `${p2.add(this.ctx.yellowUntil(today))}::date`;
    const lightsSql = `SELECT b.id AS "bodyId", b.name,
         count(*) FILTER (WHERE o.due_date < ${t})::int AS red,
         count(*) FILTER (WHERE o.due_date >= ${t} AND o.due_date <= ${y})::int AS yellow,
         count(*) FILTER (WHERE o.due_date > ${y})::int AS green
       FROM obligation_scopes o JOIN bodies b ON b.id = o.body_id
       WHERE o.lead AND ${active}${scopeP ? ` AND o.body_id = ANY(${scopeP}::uuid[])` : ''}
       GROUP BY b.id, b.name ORDER BY red DESC, yellow DESC, b.name`;

    const [statusRows, [{ n: dueThisWeek }], lights]: [{ status: ObligationStatus; n: number }[], { n: number }[], { bodyId: string; name: string; red: number; yellow: number; green: number }[]] =
      await Promise.all([m.query(statusSql, p1.values), m.query(weekSql, pw.values), m.query(lightsSql, p2.values)]);
    return {
      byStatus: Object.fromEntries(statusRows.map((r) => [r.status, r.n])),
      lightsByBody: lights,
      overdueByBody: lights
        .filter((l) => l.red > 0)
        .map((l) => ({ bodyId: l.bodyId, name: l.name, count: l.red }))
        .sort((a, b) => b.count - a.count),
      dueThisWeek,
      awaitingVerification: statusRows.find((r) => r.status === 'submitted')?.n ?? 0,
    };
  }
}
