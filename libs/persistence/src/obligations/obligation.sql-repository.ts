import type { EntityManager } from 'typeorm';
import type { IsoDate, ObligationStatus } from '@luyue/contracts';
import { StaleVersionError } from '@luyue/domain';
import {
  type ListCaches,
  type PageAnchor,
  type FilterContext,
  type ListQuery,
  type NewEvent,
  type NewObligation,
  type ObligationChanges,
  type ObligationRepointing,
  type ObligationRepository,
  type ObligationRow,
  type Page,
  type AddedEvent,
  type SessionCheck,
  type SessionState,
  isUuid,
} from '@luyue/application';
import { SqlParams, rowsOf } from '../shared/sql';
import { queryPrepared } from '../shared/prepared';
import { OBLIGATION_LIST_RULES, obligationOrderBy, obligationWhere, scopeTableBody } from './obligation-filter';
import { BUMP_VERSION, OBLIGATION_COLUMNS, insertColumnsAndValues, setClauses } from './obligation-columns';
import { changeVersionSql } from '../shared/change-version';
import { sessionStateColumns } from '../users/session-state';

/** Pages from this offset on may start from an anchor: below it, walking the index costs little. */
const ANCHORED_FROM = 1_000;

/** SQL access to obligations and their event log. */
export class SqlObligationRepository implements ObligationRepository {
  readonly listRules = OBLIGATION_LIST_RULES;

  constructor(private readonly m: EntityManager) {}

  async findRow(id: string, lock = false): Promise<ObligationRow | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: ObligationRow[] = await this.m.query(`SELECT ${OBLIGATION_COLUMNS} FROM obligations o WHERE o.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  async findRows(ids: readonly string[], lock = false): Promise<ObligationRow[]> {
    if (!ids.length) return [];
    return this.m.query(`SELECT ${OBLIGATION_COLUMNS} FROM obligations o WHERE o.id = ANY($1::uuid[])${lock ? ' FOR UPDATE' : ''}`, [ids]);
  }

  /**
   * One page and the exact total. With `caches`, the total is counted once and reused until
   * obligations change: the page carries the change counter, so a repeated request is one statement;
   * and a deep page of a scoped due-date list starts from a row already read (see PageAnchors).
   */
  async list(query: ListQuery, ctx: FilterContext, caches?: ListCaches, session?: SessionCheck): Promise<Page<ObligationRow> & { session?: SessionState }> {
    const m = this.m;
    // A scoped actor's due-date list reads the ids from obligation_scopes (aliased `o` as well).
    const scopeBody = scopeTableBody(query.filter, query.sort, ctx);
    const countParams = new SqlParams();
    const countSql = `SELECT count(*)::int AS total FROM ${scopeBody ? 'obligation_scopes o' : 'obligations o'} WHERE ${obligationWhere(query.filter, ctx, countParams, scopeBody ?? undefined)}`;
    const key = `${countSql}\n${JSON.stringify(countParams.values)}`;
    // Prepared unless full-text: a search's best plan depends on how rare its words are, which a
    // generic plan cannot know (see queryPrepared).
    const read = <T>({ sql, values }: { sql: string; values: unknown[] }): Promise<T[]> => (query.filter['q'] ? m.query(sql, values) : queryPrepared<T>(m, sql, values));
    const count = async () => (await read<{ total: number }>({ sql: countSql, values: countParams.values }))[0].total;
    type ListRow = ObligationRow & { changeVersion?: string } & Partial<SessionState>;
    const page = (anchor?: PageAnchor) => read<ListRow>(this.pageStatement(query, ctx, scopeBody, !!caches, session, anchor));

    // Resumed from an anchor only while the counter it was read at stands (read in the page's own
    // snapshot), and only when that gives a whole page (a short one may have reached the rows
    // without a due date, which the key comparison leaves out): otherwise the page is read in full.
    const anchors = scopeBody && query.sort.order === 'ASC' && query.start >= ANCHORED_FROM ? caches?.anchors : undefined;
    const anchor = anchors?.nearest(key, query.start);
    const resumed = anchor && (await page(anchor));
    const rows = resumed && resumed.length === query.end - query.start + 1 && resumed[0].changeVersion === anchor.version ? resumed : await page();
    const first = rows[0];
    if (anchors && first?.dueDate && first.changeVersion) anchors.record(key, first.changeVersion, { position: query.start, dueDate: first.dueDate, id: first.id });

    const state = session && first ? { sessionLive: first.sessionLive ?? null, bodiesVersion: first.bodiesVersion ?? '' } : undefined;
    // A page read for an ended session answers nothing, not even its total.
    if (state && state.sessionLive !== true) return { rows: [], total: 0, session: state };
    const version = first?.changeVersion;
    const total = caches && version ? await caches.totals.get(key, version, count) : await count();
    // The bookkeeping columns stay on the rows: every reader picks its fields by name, and deleting
    // properties would turn each row into a slow dictionary-mode object for the mapping that follows.
    return { rows, total, session: state };
  }

  /** The page's statement: from `anchor` on (with the offset left after it) when given. */
  private pageStatement(query: ListQuery, ctx: FilterContext, scopeBody: string | null, withVersion: boolean, session: SessionCheck | undefined, anchor?: PageAnchor) {
    const params = new SqlParams();
    const source = scopeBody ? 'obligation_scopes o' : 'obligations o';
    const idColumn = scopeBody ? 'o.obligation_id' : 'o.id';
    const where = obligationWhere(query.filter, ctx, params, scopeBody ?? undefined);
    const from = anchor ? ` AND (o.due_date, ${idColumn}) >= (${params.add(anchor.dueDate)}::date, ${params.add(anchor.id)}::uuid)` : '';
    const limit = params.add(query.end - query.start + 1);
    const offset = params.add(query.start - (anchor?.position ?? 0));
    const order = obligationOrderBy(query.sort);
    const columns = [OBLIGATION_COLUMNS, ...(withVersion ? [`${changeVersionSql('obligations')} AS "changeVersion"`] : []), ...(session ? [sessionStateColumns(session, params)] : [])].join(', ');
    // Deep pages: find the page's ids on the (covering) indexes first, then read 25 wide rows,
    // instead of reading and discarding `offset` wide rows. Full-text queries keep the plain
    // form: there the planner must start from the search index, not the sort index.
    const sql = query.filter['q']
      ? `SELECT ${columns} FROM obligations o WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`
      : `SELECT ${columns} FROM obligations o
         JOIN (SELECT ${idColumn} AS id FROM ${source} WHERE ${where}${from} ORDER BY ${obligationOrderBy(query.sort, idColumn)} LIMIT ${limit} OFFSET ${offset}) page ON page.id = o.id
         ORDER BY ${order}`;
    return { sql, values: params.values };
  }

  openAssignedTo(userId: string, leadBodyIds: readonly string[] | null): Promise<ObligationRow[]> {
    return this.m.query(
      `SELECT ${OBLIGATION_COLUMNS} FROM obligations o
       WHERE o.assignee_id = $1 AND o.status NOT IN ('done','waived','discarded')
         AND ($2::uuid[] IS NULL OR o.lead_body_ids && $2::uuid[]) FOR UPDATE`,
      [userId, leadBodyIds],
    );
  }

  async insert(rows: readonly NewObligation[]): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += 200) {
      const params = new SqlParams();
      const { columns, values } = insertColumnsAndValues(rows.slice(start, start + 200), params);
      const inserted: { id: string }[] = await this.m.query(`INSERT INTO obligations (${columns}) VALUES ${values} RETURNING id`, params.values);
      // RETURNING of a multi-row VALUES answers in the order of the rows.
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }

  async insertNextInstance(previousId: string, dueDate: IsoDate | null): Promise<string | null> {
    // Only once per instance, even if it is reopened and verified again.
    const [existing] = await this.m.query('SELECT id FROM obligations WHERE previous_id = $1 LIMIT 1', [previousId]);
    if (existing) return null;
    const [previous] = (await this.m.query(
      `SELECT regulation_id AS "regulationId", provision_id AS "provisionId", article, paragraph, item, subitem, text, title, modality, mechanism,
         subjects, co_subjects AS "coSubjects", unresolved_subjects AS "unresolvedSubjects", lead_body_ids AS "leadBodyIds", co_body_ids AS "coBodyIds",
         assignee_id AS "assigneeId", recurrence, priority, confidence, timing, origin, search_tokens AS "searchTokens"
       FROM obligations WHERE id = $1`,
      [previousId],
    )) as Omit<NewObligation, 'status'>[];
    const [id] = await this.insert([{ ...previous, status: 'pending', dueDate, previousId }]);
    return id;
  }

  /**
   * Optimistic write: `UPDATE … WHERE id = $1 AND version = $2`. A concurrent change makes it
   * match nothing, which is reported as a stale version (409).
   */
  async updateVersioned(id: string, version: number, changes: ObligationChanges): Promise<number> {
    const params = new SqlParams();
    const idP = params.add(id);
    const versionP = params.add(version);
    const result = rowsOf<{ version: number }>(
      await this.m.query(`UPDATE obligations o SET ${setClauses(changes, params)} WHERE o.id = ${idP} AND o.version = ${versionP} RETURNING o.version`, params.values),
    );
    if (!result.length) {
      const current = await this.findRow(id);
      throw new StaleVersionError(version, current?.version ?? -1);
    }
    return result[0].version;
  }

  async assignDefaultLeadBodies(ids: readonly string[]): Promise<{ id: string; bodyId: string }[]> {
    return rowsOf(
      await this.m.query(
        `UPDATE obligations o SET lead_body_ids = ARRAY[r.default_lead_body_id], ${BUMP_VERSION}
         FROM regulations r
         WHERE o.id = ANY($1::uuid[]) AND r.id = o.regulation_id AND o.status = 'draft' AND o.lead_body_ids = '{}' AND r.default_lead_body_id IS NOT NULL
         RETURNING o.id, r.default_lead_body_id AS "bodyId"`,
        [ids],
      ),
    );
  }

  async setStatus(ids: readonly string[], status: ObligationStatus): Promise<void> {
    await this.m.query(`UPDATE obligations o SET status = $2, ${BUMP_VERSION} WHERE o.id = ANY($1::uuid[])`, [ids, status]);
  }

  async setBodies(id: string, leadBodyIds: readonly string[], coBodyIds: readonly string[]): Promise<void> {
    await this.m.query(`UPDATE obligations o SET lead_body_ids = $2::uuid[], co_body_ids = $3::uuid[], ${BUMP_VERSION} WHERE o.id = $1`, [id, leadBodyIds, coBodyIds]);
  }

  /** One UPDATE … FROM (VALUES …) per 200 obligations. */
  async repoint(updates: readonly ObligationRepointing[]): Promise<void> {
    for (let start = 0; start < updates.length; start += 200) {
      const params = new SqlParams();
      const rows = updates.slice(start, start + 200).map(
        (u) => `(${params.add(u.id)}::uuid, ${params.add(u.provisionId)}::uuid, ${params.add(u.article)}::int,
          ${params.add(u.paragraph)}::int, ${params.add(u.item)}::int, ${params.add(u.subitem)}::int, ${params.add(u.title)}::text,
          ${params.add(u.sourceChanged)}::boolean, ${params.add(u.sourceRemoved)}::boolean, ${params.add(u.amendedText)}::text)`,
      );
      await this.m.query(
        `UPDATE obligations o SET
           provision_id = coalesce(v.provision_id, o.provision_id),
           article = v.article, paragraph = v.paragraph, item = v.item, subitem = v.subitem, title = v.title,
           source_changed = v.source_changed, source_removed = v.source_removed, amended_text = v.amended_text,
           ${BUMP_VERSION}
         FROM (VALUES ${rows.join(', ')}) AS v(id, provision_id, article, paragraph, item, subitem, title, source_changed, source_removed, amended_text)
         WHERE o.id = v.id`,
        params.values,
      );
    }
  }

  async resolveSubject(subject: string, bodyId: string, jurisdiction: string): Promise<string[]> {
    const affected = rowsOf<{ id: string }>(
      await this.m.query(
        `UPDATE obligations o SET
           unresolved_subjects = array_remove(o.unresolved_subjects, $2),
           lead_body_ids = CASE WHEN $2 = ANY(o.subjects) AND NOT $1 = ANY(o.lead_body_ids) THEN array_append(o.lead_body_ids, $1::uuid) ELSE o.lead_body_ids END,
           co_body_ids = CASE WHEN $2 = ANY(o.co_subjects) AND NOT $2 = ANY(o.subjects) AND NOT $1 = ANY(o.co_body_ids) THEN array_append(o.co_body_ids, $1::uuid) ELSE o.co_body_ids END,
           ${BUMP_VERSION}
         FROM regulations r
         WHERE r.id = o.regulation_id AND r.jurisdiction = $3 AND $2 = ANY(o.unresolved_subjects)
         RETURNING o.id`,
        [bodyId, subject, jurisdiction],
      ),
    );
    return affected.map((a) => a.id);
  }

  async addEvent(event: NewEvent): Promise<AddedEvent> {
    const [recorded] = await this.addEvents([event]);
    return recorded;
  }

  /** Appends the events; answers them with their ids (in order), e.g. for writeEventNotices. */
  async addEvents(events: readonly NewEvent[]): Promise<AddedEvent[]> {
    const recorded: AddedEvent[] = [];
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500);
      const params = new SqlParams();
      const values = chunk.map(
        (e) =>
          `(${params.add(e.obligationId)}, ${params.add(e.type)}, ${params.add(e.fromStatus ?? null)}, ${params.add(e.toStatus ?? null)}, ${params.add(e.actorId)}, ${params.add(e.note ?? null)}, ${params.add(JSON.stringify(e.data ?? {}))}::jsonb)`,
      );
      const rows: { id: string }[] = await this.m.query(
        `INSERT INTO obligation_events (obligation_id, type, from_status, to_status, actor_id, note, data) VALUES ${values.join(', ')} RETURNING id`,
        params.values,
      );
      // RETURNING of a multi-row VALUES answers in the order of the rows.
      rows.forEach((row, k) => recorded.push({ ...chunk[k], id: String(row.id) }));
    }
    return recorded;
  }
}
