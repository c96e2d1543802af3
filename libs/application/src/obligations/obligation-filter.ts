import { LIGHTS, MODALITIES, OBLIGATION_STATUSES, ACTIVE_STATUSES, isOneOf, type IsoDate, type Light } from '@luyue/contracts';
import { ValidationError, isIsoDate } from '@luyue/domain';
import { toTsQuery } from '../search/search-tokens';
import { SqlParams, isUuid } from '../shared/sql';
import type { ListQueryRules, SortSpec } from '../shared/list-query';

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

export const OBLIGATION_LIST_RULES: ListQueryRules = {
  sortFields: Object.keys(OBLIGATION_SORT),
  defaultSort: { field: 'dueDate', order: 'ASC' },
};

const FILTER_KEYS = ['id', 'status', 'light', 'leadBodyId', 'bodyId', 'regulationId', 'modality', 'mechanism', 'overdue', 'dueFrom', 'dueTo', 'assigneeId', 'q'] as const;

export interface FilterContext {
  today: IsoDate;
  /** Last day still yellow (today + YELLOW_DAYS). */
  yellowUntil: IsoDate;
  /** Null = no scope restriction (admin). */
  visibleBodyIds: string[] | null;
}

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

/** WHERE clause (without the keyword) for a filter; throws ValidationError (400) for a bad value or unknown key. */
export function obligationWhere(filter: Record<string, unknown>, ctx: FilterContext, params: SqlParams): string {
  const where: string[] = [];
  if (ctx.visibleBodyIds !== null) {
    // Non-admins never see drafts; GIN indexes serve the && overlaps.
    const scope = params.add(ctx.visibleBodyIds);
    where.push(`o.status NOT IN ('draft','discarded')`, `(o.lead_body_ids && ${scope}::uuid[] OR o.co_body_ids && ${scope}::uuid[])`);
  }
  // Added on first use: PostgreSQL refuses parameters a statement does not reference.
  let todayP: string | undefined;
  const today = () => (todayP ??= `${params.add(ctx.today)}::date`);
  let yellowP: string | undefined;
  const yellowUntil = () => (yellowP ??= `${params.add(ctx.yellowUntil)}::date`);
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (!(FILTER_KEYS as readonly string[]).includes(key)) throw new ValidationError(`unknown filter ${key}`, { field: `filter.${key}`, allowed: FILTER_KEYS });
    switch (key as (typeof FILTER_KEYS)[number]) {
      case 'id':
        where.push(`o.id = ANY(${params.add(uuids(key, value))}::uuid[])`);
        break;
      case 'status':
        where.push(`o.status = ANY(${params.add(oneOf(key, OBLIGATION_STATUSES, value))}::text[])`);
        break;
      case 'light': {
        where.push(`(${oneOf(key, LIGHTS, value).map((l) => lightSql(l, today, yellowUntil)).join(' OR ')})`);
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

export function obligationOrderBy(sort: SortSpec): string {
  const column = OBLIGATION_SORT[sort.field];
  return `${column} ${sort.order} NULLS LAST, o.id ${sort.order}`;
}
