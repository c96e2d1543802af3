import type { EntityManager } from 'typeorm';
import type { EventType, ObligationStatus } from '@luyue/contracts';
import { type Actor, NotFoundError, StaleVersionError, canView } from '@luyue/domain';
import { SqlParams, isUuid, rowsOf } from '../shared/sql';
import type { ListQuery, Page } from '../shared/list-query';
import { type FilterContext, obligationOrderBy, obligationWhere, scopeTableBody } from './obligation-filter';
import { OBLIGATION_COLUMNS, type ObligationRow } from './obligation.types';
import { type ChangeCache, changeVersionSql } from '../shared/change-cache';
import { type SessionCheck, type SessionState, sessionStateColumns } from '../access/session-check';

export interface NewEvent {
  obligationId: string;
  type: EventType;
  fromStatus?: ObligationStatus | null;
  toStatus?: ObligationStatus | null;
  actorId: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** SQL access to obligations and their event log. */
export class ObligationRepository {
  async findRow(m: EntityManager, id: string, lock = false): Promise<ObligationRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: ObligationRow[] = await m.query(`SELECT ${OBLIGATION_COLUMNS} FROM obligations o WHERE o.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  /** The obligation if the actor may see it; 404 otherwise (another body's record is "not found"). */
  async findVisible(m: EntityManager, id: string, actor: Actor, lock = false): Promise<ObligationRow> {
    const row = await this.findRow(m, id, lock);
    if (!row || !canView(row, actor)) throw new NotFoundError('Obligation', id);
    return row;
  }

  /**
   * One page and the exact total. With `totals`, the total is counted once and reused until
   * obligations change: the page carries the change counter, so a repeated request is one statement.
   */
  async list(m: EntityManager, query: ListQuery, ctx: FilterContext, totals?: ChangeCache<number>, session?: SessionCheck): Promise<Page<ObligationRow> & { session?: SessionState }> {
    const params = new SqlParams();
    // A scoped actor's due-date list reads the ids from obligation_scopes (aliased `o` as well).
    const scopeBody = scopeTableBody(query.filter, query.sort, ctx);
    const source = scopeBody ? 'obligation_scopes o' : 'obligations o';
    const where = obligationWhere(query.filter, ctx, params, scopeBody ?? undefined);
    const countSql = `SELECT count(*)::int AS total FROM ${source} WHERE ${where}`;
    const countParams = [...params.values];
    const count = async () => ((await m.query(countSql, countParams)) as { total: number }[])[0].total;
    const limit = params.add(query.end - query.start + 1);
    const offset = params.add(query.start);
    const order = obligationOrderBy(query.sort);
    const columns = [
      OBLIGATION_COLUMNS,
      ...(totals ? [`${changeVersionSql('obligations')} AS "changeVersion"`] : []),
      ...(session ? [sessionStateColumns(session, params)] : []),
    ].join(', ');
    // Deep pages: find the page's ids on the (covering) indexes first, then read 25 wide rows,
    // instead of reading and discarding `offset` wide rows. Full-text queries keep the plain
    // form: there the planner must start from the search index, not the sort index.
    const idColumn = scopeBody ? 'o.obligation_id' : 'o.id';
    const sql = query.filter['q']
      ? `SELECT ${columns} FROM obligations o WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`
      : `SELECT ${columns} FROM obligations o
         JOIN (SELECT ${idColumn} AS id FROM ${source} WHERE ${where} ORDER BY ${obligationOrderBy(query.sort, idColumn)} LIMIT ${limit} OFFSET ${offset}) page ON page.id = o.id
         ORDER BY ${order}`;
    const rows: (ObligationRow & { changeVersion?: string } & Partial<SessionState>)[] = await m.query(sql, params.values);
    const first = rows[0];
    const state = session && first ? { sessionLive: first.sessionLive ?? null, bodiesVersion: first.bodiesVersion ?? '' } : undefined;
    // A page read for an ended session answers nothing, not even its total.
    if (state && state.sessionLive !== true) return { rows: [], total: 0, session: state };
    const version = first?.changeVersion;
    const total = totals && version ? await totals.get(`${countSql}\n${JSON.stringify(countParams)}`, version, count) : await count();
    for (const row of rows) {
      delete row.changeVersion;
      delete row.sessionLive;
      delete row.bodiesVersion;
    }
    return { rows, total, session: state };
  }

  /**
   * Optimistic write: `UPDATE … WHERE id = $1 AND version = $2`. A concurrent change makes it
   * match nothing, which is reported as a stale version (409).
   */
  async updateVersioned(m: EntityManager, id: string, version: number, set: Record<string, unknown>): Promise<number> {
    const params = new SqlParams();
    const idP = params.add(id);
    const versionP = params.add(version);
    const assignments = Object.entries(set).map(([column, value]) => `${column} = ${params.add(value)}`);
    const result = rowsOf<{ version: number }>(
      await m.query(
        `UPDATE obligations SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = ${idP} AND version = ${versionP} RETURNING version`,
        params.values,
      ),
    );
    if (!result.length) {
      const current = await this.findRow(m, id);
      throw new StaleVersionError(version, current?.version ?? -1);
    }
    return result[0].version;
  }

  async addEvent(m: EntityManager, event: NewEvent): Promise<NewEvent & { id: string }> {
    const [recorded] = await this.addEvents(m, [event]);
    return recorded;
  }

  /** Appends the events; answers them with their ids (in order), e.g. for writeEventNotices. */
  async addEvents(m: EntityManager, events: NewEvent[]): Promise<(NewEvent & { id: string })[]> {
    const recorded: (NewEvent & { id: string })[] = [];
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500);
      const params = new SqlParams();
      const values = chunk.map(
        (e) =>
          `(${params.add(e.obligationId)}, ${params.add(e.type)}, ${params.add(e.fromStatus ?? null)}, ${params.add(e.toStatus ?? null)}, ${params.add(e.actorId)}, ${params.add(e.note ?? null)}, ${params.add(JSON.stringify(e.data ?? {}))}::jsonb)`,
      );
      const rows: { id: string }[] = await m.query(
        `INSERT INTO obligation_events (obligation_id, type, from_status, to_status, actor_id, note, data) VALUES ${values.join(', ')} RETURNING id`,
        params.values,
      );
      // RETURNING of a multi-row VALUES answers in the order of the rows.
      rows.forEach((row, k) => recorded.push({ ...chunk[k], id: String(row.id) }));
    }
    return recorded;
  }
}
