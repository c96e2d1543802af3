import { ACTIVE_STATUSES, type ExtensionWorkDto, type IsoDate, type WorkDashboardDto, type WorkItemDto, type WorkListDto } from '@luyue/contracts';
import { type Actor, addDays, decisionScope } from '@luyue/domain';
import { type WorkDashboardQuery, obligationScope } from '@luyue/application';
import { SqlParams } from '../shared/sql';
import { scopeSql } from '../obligations/obligation-filter';
import type { SqlQueryContext } from '../shared/sql-query-context';

const TOP = 10;
const WEEKS = 12;
const ACTIVE = `ARRAY[${ACTIVE_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`;

const ITEM_COLUMNS = `o.id, o.title, o.status, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.article, o.regulation_id AS "regulationId",
  r.title AS "regulationTitle", ARRAY(SELECT b.name FROM bodies b WHERE b.id = ANY(o.lead_body_ids) ORDER BY array_position(o.lead_body_ids, b.id)) AS "leadBodies"`;

/**
 * GET /dashboard/work: the work itself, not counts — overdue and due this week in my bodies,
 * submitted work and extension requests waiting for my decision (top 10 each with totals), and a
 * 12-week trend of open vs overdue rebuilt from the status events.
 */
export class SqlWorkDashboardQuery implements WorkDashboardQuery {
  constructor(private readonly ctx: SqlQueryContext) {}

  async execute(actor: Actor): Promise<WorkDashboardDto> {
    const today = this.ctx.today();
    const scope = obligationScope(actor);
    const decisions = decisionScope(actor);
    const m = this.ctx.ds.manager;

    /** Top 10 by due date (then id) and the total, under a condition built on `p`. */
    const list = async (where: (p: SqlParams) => string): Promise<WorkListDto> => {
      const p = new SqlParams();
      const condition = `${where(p)} AND ${scopeSql('o', scope, p)}`;
      const rows: (WorkItemDto & { total: number })[] = await m.query(
        `SELECT ${ITEM_COLUMNS}, count(*) OVER ()::int AS total
           FROM obligations o JOIN regulations r ON r.id = o.regulation_id
          WHERE ${condition} ORDER BY o.due_date NULLS LAST, o.id LIMIT ${TOP}`,
        p.values,
      );
      return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...item }) => item) };
    };
    const decidedBy = (p: SqlParams) => (decisions.all ? 'TRUE' : `o.lead_body_ids && ${p.add(decisions.leadBodyIds)}::uuid[]`);

    const overdue = await list((p) => `o.status = ANY(${ACTIVE}) AND o.due_date < ${p.add(today)}::date`);
    const dueThisWeek = await list((p) => `o.status = ANY(${ACTIVE}) AND o.due_date BETWEEN ${p.add(today)}::date AND ${p.add(addDays(today, 6))}::date`);
    const awaitingVerification = await list((p) => `o.status = 'submitted' AND ${decidedBy(p)}`);

    const pe = new SqlParams();
    const requests: (ExtensionWorkDto & { total: number })[] = await m.query(
      `SELECT ${ITEM_COLUMNS}, e.id AS "requestId", to_char(e.proposed_due_date, 'YYYY-MM-DD') AS "proposedDueDate", e.reason, count(*) OVER ()::int AS total
         FROM extension_requests e JOIN obligations o ON o.id = e.obligation_id JOIN regulations r ON r.id = o.regulation_id
        WHERE e.status = 'pending' AND ${decidedBy(pe)} AND ${scopeSql('o', scope, pe)}
        ORDER BY e.created_at, e.id LIMIT ${TOP}`,
      pe.values,
    );

    return {
      today,
      overdue,
      dueThisWeek,
      awaitingVerification,
      extensionRequests: { total: requests[0]?.total ?? 0, items: requests.map(({ total: _total, ...item }) => item) },
      trend: await this.trend(actor, today),
    };
  }

  /**
   * Per week: the duties whose last status event before the week's end (Sunday midnight in
   * APP_TIME_ZONE; now for this week) left them active, and those of them due before that day.
   * Status spans come from one pass over the events; the due date is today's (an extension moves it back).
   */
  private async trend(actor: Actor, today: IsoDate): Promise<WorkDashboardDto['trend']> {
    const p = new SqlParams();
    const tz = p.add(this.ctx.settings.timeZone);
    const t = `${p.add(today)}::date`;
    const rows: { week: IsoDate; open: number; overdue: number }[] = await this.ctx.ds.query(
      `WITH weeks AS (
         SELECT w::date AS week_start,
                CASE WHEN w::date + 7 > ${t} THEN now() ELSE ((w::date + 7)::timestamp AT TIME ZONE ${tz}) END AS cut,
                least(w::date + 6, ${t}) AS cut_day
           FROM generate_series(date_trunc('week', ${t}::timestamp) - interval '${WEEKS - 1} weeks', date_trunc('week', ${t}::timestamp), interval '1 week') AS w
       ),
       spans AS (
         SELECT e.obligation_id, e.to_status AS status, e.created_at AS since,
                lead(e.created_at) OVER (PARTITION BY e.obligation_id ORDER BY e.id) AS until
           FROM obligation_events e JOIN obligations o ON o.id = e.obligation_id
          WHERE e.to_status IS NOT NULL AND ${scopeSql('o', obligationScope(actor), p)}
       )
       SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week,
              count(s.obligation_id)::int AS open,
              count(s.obligation_id) FILTER (WHERE o.due_date < w.cut_day)::int AS overdue
         FROM weeks w
         LEFT JOIN spans s ON s.since < w.cut AND (s.until IS NULL OR s.until >= w.cut) AND s.status = ANY(${ACTIVE})
         LEFT JOIN obligations o ON o.id = s.obligation_id
        GROUP BY w.week_start ORDER BY w.week_start`,
      p.values,
    );
    return rows;
  }
}
