import type { Statement } from './queries';

// The list statements rewritten the way the issue 8 report proposes, for the raw-SQL comparison
// only (the API does not run these until the repository adopts them):
//  1. scope: `lead_body_ids && $s OR co_body_ids && $s` compares every array element with every
//     scope id (O(n·m), ~7 µs a row for a 334-body prefecture); the same test as hashed `= ANY`
//     lookups for the usual single-element arrays, falling back to && only for longer arrays.
//  2. page: a deferred join — the ids of the page come from an index-only scan of the covering
//     indexes (migration 1764300000000), then only those 25 rows are read from the heap.

const SCOPE = /\(o\.lead_body_ids && (\$\d+)::uuid\[\] OR o\.co_body_ids && \1::uuid\[\]\)/g;

export function hashedScope(sql: string): string {
  return sql.replace(
    SCOPE,
    (_m, p) =>
      `(o.lead_body_ids[1] = ANY(${p}::uuid[]) OR o.co_body_ids[1] = ANY(${p}::uuid[])` +
      ` OR (cardinality(o.lead_body_ids) > 1 AND o.lead_body_ids && ${p}::uuid[]) OR (cardinality(o.co_body_ids) > 1 AND o.co_body_ids && ${p}::uuid[]))`,
  );
}

const PAGE = /^SELECT([\s\S]*?) FROM obligations o WHERE ([\s\S]*) ORDER BY ([\s\S]*) LIMIT (\$\d+) OFFSET (\$\d+)$/;

export function deferredJoin(sql: string): string {
  return sql.replace(
    PAGE,
    (_m, cols, where, order, limit, offset) =>
      `SELECT${cols} FROM obligations o JOIN (SELECT o.id FROM obligations o WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page ON page.id = o.id ORDER BY ${order}`,
  );
}

/**
 * Full-text (`@@`) statements stay as they are: their plan must start from the search GIN index,
 * and both rewrites steer the planner to walking the due-date index with a LIMIT instead, which
 * for a rare word reads most of the table (measured: q-rare 0.27 s → 52 s p95 at c=16).
 */
export function proposed(statements: Statement[]): { all: Statement[]; pageOnly: Statement[] } {
  const all = statements.map((s) => (/ @@ /.test(s.sql) ? s : { sql: deferredJoin(hashedScope(s.sql)), params: s.params }));
  return { all, pageOnly: all.filter((s) => !/^SELECT count\(/.test(s.sql)) };
}
