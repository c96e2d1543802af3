import { ValidationError } from '@luyue/domain';

// ra-data-simple-rest list parameters: filter={"a":1}, sort=["field","ASC"], range=[0,24].

export const MAX_PAGE_ROWS = 1000;
const DEFAULT_RANGE: [number, number] = [0, 24];

export interface SortSpec {
  field: string;
  order: 'ASC' | 'DESC';
}

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: SortSpec;
  /** Inclusive bounds, as react-admin sends them. */
  start: number;
  end: number;
}

export interface ListQueryRules {
  /** Fields the client may sort on; anything else is a 400. */
  sortFields: readonly string[];
  defaultSort: SortSpec;
}

export interface RawListQuery {
  filter?: unknown;
  sort?: unknown;
  range?: unknown;
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ValidationError(`${name} must be a JSON string`, { field: name });
  try {
    return JSON.parse(raw);
  } catch {
    throw new ValidationError(`${name} is not valid JSON`, { field: name });
  }
}

/** Validates and normalises the list parameters; throws ValidationError (400) naming the parameter. */
export function parseListQuery(raw: RawListQuery, rules: ListQueryRules): ListQuery {
  const filter = parseJson('filter', raw.filter) ?? {};
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) {
    throw new ValidationError('filter must be a JSON object', { field: 'filter' });
  }

  let sort = rules.defaultSort;
  const rawSort = parseJson('sort', raw.sort);
  if (rawSort !== undefined) {
    if (!Array.isArray(rawSort) || rawSort.length !== 2 || typeof rawSort[0] !== 'string' || typeof rawSort[1] !== 'string') {
      throw new ValidationError('sort must be ["field","ASC"|"DESC"]', { field: 'sort' });
    }
    const order = rawSort[1].toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw new ValidationError('sort order must be ASC or DESC', { field: 'sort' });
    if (!rules.sortFields.includes(rawSort[0])) {
      throw new ValidationError(`cannot sort by ${rawSort[0]}; allowed: ${rules.sortFields.join(', ')}`, { field: 'sort', allowed: rules.sortFields });
    }
    sort = { field: rawSort[0], order };
  }

  let [start, end] = DEFAULT_RANGE;
  const rawRange = parseJson('range', raw.range);
  if (rawRange !== undefined) {
    if (!Array.isArray(rawRange) || rawRange.length !== 2 || !rawRange.every((n) => Number.isInteger(n) && n >= 0) || rawRange[1] < rawRange[0]) {
      throw new ValidationError('range must be [start,end] with 0 <= start <= end', { field: 'range' });
    }
    [start, end] = rawRange as [number, number];
  }
  if (end - start + 1 > MAX_PAGE_ROWS) {
    throw new ValidationError(`at most ${MAX_PAGE_ROWS} rows per request`, { field: 'range', max: MAX_PAGE_ROWS });
  }
  return { filter: filter as Record<string, unknown>, sort, start, end };
}

/** `Content-Range` value: `<resource> start-end/total` with the exact total. */
export function contentRange(resource: string, query: Pick<ListQuery, 'start'>, count: number, total: number): string {
  const last = count > 0 ? query.start + count - 1 : query.start;
  return `${resource} ${query.start}-${last}/${total}`;
}

export interface Page<T> {
  rows: T[];
  total: number;
}
