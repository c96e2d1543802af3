import { LIGHTS, MODALITIES, OBLIGATION_STATUSES, ACTIVE_STATUSES, isOneOf, type IsoDate, type Light } from '@luyue/contracts';
import { ValidationError, isIsoDate } from '@luyue/domain';
import { type FilterContext, type ListQueryRules, type ObligationScope, type SortSpec, assertNoInheritedKeys, declared, isUuid, toTsQuery } from '@luyue/application';
import { SqlParams } from '../shared/sql';

// Obligation list filters (also used by the 台账 export) turned into SQL on `obligations o`.

export const OBLIGATION_SORT: Record<string, string> = {
  id: 'o.id',
  dueDate: 'o.due_date',
  status: 'o.status',
  createdAt: 'o.created_at',
  updatedAt: 'o.updated_at',
  article: 'o.article',
  priority: 'o.priority',
  title: 'o.title',
  version: 'o.version',
  regulationId: 'o.regulation_id',
};

assertNoInheritedKeys('obligation sort', OBLIGATION_SORT);

export const OBLIGATION_LIST_RULES: ListQueryRules = {
  sortFields: Object.keys(OBLIGATION_SORT),
  defaultSort: { field: 'dueDate', order: 'ASC' },
};

export const OBLIGATION_FILTER_KEYS = ['id', 'status', 'light', 'leadBodyId', 'bodyId', 'regulationId', 'modality', 'mechanism', 'overdue', 'dueFrom', 'dueTo', 'assigneeId', 'amended', 'q'] as const;

export type { FilterContext };

const ACTIVE_SQL = `o.status IN (${ACTIVE_STATUSES.map((s) => `'${s}'`).join(',')})`;

/** SQL for one light, mirroring trafficLight() in @luyue/domain. */
function lightSql(light: Light, today: () => string, yellowUntil: () => string): string {
  switch (light) {
    case 'red':
      return `(${ACTIVE_SQL} AND o.due_date < ${today()})`;
    case 'yellow':
      return `(${ACTIVE_SQL} AND o.due_date >= ${today()} AND o.due_date <= ${yellowUntil()})`;
    case 'green':
      return `(${ACTIVE_SQL} AND o.due_date > ${yellowUntil()})`;
    case 'none':
      return `(NOT ${ACTIVE_SQL} OR o.due_date IS NULL)`;
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function uuids(field: string, value: unknown): string[] {
  const values = list(value);
  if (!values.length || !values.every(isUuid)) throw new ValidationError(`filter.${field} must be a uuid or a list of uuids`, { field: `filter.${field}` });
  return values as string[];
}

function bool(field: string, value: unknown): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ValidationError(`filter.${field} must be true or false`, { field: `filter.${field}` });
}

function date(field: string, value: unknown): IsoDate {
  if (!isIsoDate(value)) throw new ValidationError(`filter.${field} must be YYYY-MM-DD`, { field: `filter.${field}` });
  return value;
}

function oneOf<T extends string>(field: string, values: readonly T[], value: unknown): T[] {
  const items = list(value);
  if (!items.length || !items.every((v) => isOneOf(values, v))) {
    throw new ValidationError(`filter.${field} must be one of ${values.join(', ')}`, { field: `filter.${field}` });
  }
  return items as T[];
}

/**
 * The obligations (alias `alias`) visible in `scope`, mirroring canView. Non-admins never see
 * drafts; their body is in reach_body_ids exactly when one of the lead or co bodies lies in its
 * subtree (the covering and GIN indexes carry the column).
 */
export function scopeSql(alias: string, scope: ObligationScope, params: SqlParams): string {
  if (scope.all) return 'TRUE';
  if (!scope.bodyId) return 'FALSE';
  return `${alias}.status NOT IN ('draft','discarded') AND ${alias}.reach_body_ids @> ARRAY[${params.add(scope.bodyId)}::uuid]`;
}

/** The rows of `obligation_scopes o` a body's users see (drafts never). */
export function scopeRowsSql(bodyId: string, params: SqlParams): string {
  return `o.body_id = ${params.add(bodyId)}::uuid AND o.status NOT IN ('draft','discarded')`;
}

/** Filters the per-body scope table (obligation_scopes, which copies status and due date) answers alone. */
const SCOPE_TABLE_FILTERS: readonly string[] = ['status', 'light', 'overdue', 'dueFrom', 'dueTo'];

/**
 * The body whose rows in obligation_scopes answer this list, when they can: a scoped actor's list
 * sorted by due date and filtered on status and due date only (a manager's common queries). Its
 * index (body, due date) then yields exactly the actor's rows in order, where the obligations'
 * due-date index would also walk every other body's rows.
 */
export function scopeTableBody(filter: Record<string, unknown>, sort: SortSpec, ctx: FilterContext): string | null {
  if (ctx.scope.all || !ctx.scope.bodyId || sort.field !== 'dueDate') return null;
  const used = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return used.every(([key]) => SCOPE_TABLE_FILTERS.includes(key)) ? ctx.scope.bodyId : null;
}

/**
 * WHERE clause (without the keyword) for a filter on `obligations o`; throws ValidationError (400)
 * for a bad value or unknown key. With `scopeBodyId` (see scopeTableBody) it is a clause on
 * `obligation_scopes o` instead, whose status and due_date columns the same conditions read.
 */
export function obligationWhere(filter: Record<string, unknown>, ctx: FilterContext, params: SqlParams, scopeBodyId?: string): string {
  const where: string[] = [];
  if (scopeBodyId) where.push(scopeRowsSql(scopeBodyId, params));
  else if (!ctx.scope.all) where.push(scopeSql('o', ctx.scope, params));
  // Added on first use: PostgreSQL refuses parameters a statement does not reference.
  let todayP: string | undefined;
  const today = () => (todayP ??= `${params.add(ctx.today)}::date`);
  let yellowP: string | undefined;
  const yellowUntil = () => (yellowP ??= `${params.add(ctx.yellowUntil)}::date`);
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (!(OBLIGATION_FILTER_KEYS as readonly string[]).includes(key)) throw new ValidationError(`unknown filter ${key}`, { field: `filter.${key}`, allowed: OBLIGATION_FILTER_KEYS });
    switch (key as (typeof OBLIGATION_FILTER_KEYS)[number]) {
      case 'id':
        where.push(`o.id = ANY(${params.add(uuids(key, value))}::uuid[])`);
        break;
      case 'status': {
        // One status as `=`: the (status, due_date) index then yields rows already in due order.
        const statuses = oneOf(key, OBLIGATION_STATUSES, value);
        where.push(statuses.length === 1 ? `o.status = ${params.add(statuses[0])}` : `o.status = ANY(${params.add(statuses)}::text[])`);
        break;
      }
      case 'light': {
        where.push(
          `(${oneOf(key, LIGHTS, value)
            .map((l) => lightSql(l, today, yellowUntil))
            .join(' OR ')})`,
        );
        break;
      }
      case 'leadBodyId':
        where.push(`o.lead_body_ids && ${params.add(uuids(key, value))}::uuid[]`);
        break;
      case 'bodyId': {
        const p = params.add(uuids(key, value));
        where.push(`(o.lead_body_ids && ${p}::uuid[] OR o.co_body_ids && ${p}::uuid[])`);
        break;
      }
      case 'regulationId':
        where.push(`o.regulation_id = ANY(${params.add(uuids(key, value))}::uuid[])`);
        break;
      case 'amended':
        // 修订待审: flagged by an amendment of the regulation, awaiting an admin's decision.
        where.push(bool(key, value) ? '(o.source_changed OR o.source_removed)' : 'NOT (o.source_changed OR o.source_removed)');
        break;
      case 'assigneeId':
        where.push(`o.assignee_id = ANY(${params.add(uuids(key, value))}::uuid[])`);
        break;
      case 'modality':
        where.push(`o.modality = ANY(${params.add(oneOf(key, MODALITIES, value))}::text[])`);
        break;
      case 'mechanism':
        where.push(`o.mechanism = ${params.add(bool(key, value))}`);
        break;
      case 'overdue': {
        const red = lightSql('red', today, yellowUntil);
        where.push(bool(key, value) ? red : `NOT ${red}`);
        break;
      }
      case 'dueFrom':
        where.push(`o.due_date >= ${params.add(date(key, value))}::date`);
        break;
      case 'dueTo':
        where.push(`o.due_date <= ${params.add(date(key, value))}::date`);
        break;
      case 'q': {
        if (typeof value !== 'string') throw new ValidationError('filter.q must be a string', { field: 'filter.q' });
        where.push(searchSql(value.trim(), params));
        break;
      }
    }
  }
  return where.length ? where.join(' AND ') : 'TRUE';
}

/**
 * Full-text search: the jieba tokens of the query must all match the indexed tokens (GIN on `search`);
 * a query of 3+ characters also matches as a substring of the clause text (trigram GIN). Never a plain ILIKE scan.
 */
function searchSql(q: string, params: SqlParams): string {
  const tsQuery = toTsQuery(q);
  const parts: string[] = [];
  if (tsQuery) parts.push(`o.search @@ to_tsquery('simple', ${params.add(tsQuery)})`);
  if ([...q].length >= 3) parts.push(`o.text LIKE ${params.add(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
}

/** ORDER BY for a sort; `idColumn` breaks ties (obligation_scopes calls it obligation_id). */
export function obligationOrderBy(sort: SortSpec, idColumn = 'o.id'): string {
  const column = declared(OBLIGATION_SORT, sort.field);
  if (!column) throw new ValidationError(`cannot sort by ${sort.field}`, { field: 'sort' });
  return `${column} ${sort.order} NULLS LAST, ${idColumn} ${sort.order}`;
}
