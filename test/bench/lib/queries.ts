import type { Client } from 'pg';
import { ChangeCache, PageAnchors, parseListQuery } from '@luyue/application';
import { OBLIGATION_LIST_RULES, SqlObligationRepository } from '@luyue/persistence';
import { addDays } from '@luyue/domain';

// The manager's common list queries, as the admin sends them (ra-data-simple-rest) and as the
// API's own SQL builder (libs/application obligation-filter) turns them into SQL: the raw-SQL side
// of the benchmark runs exactly the statements the API runs (count + page), through pg directly.

export interface ListCase {
  name: string;
  filter: Record<string, unknown>;
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
}

export function listCases(rareWord: string): ListCase[] {
  const page = (start: number): [number, number] => [start, start + 24];
  return [
    { name: 'overdue-p1', filter: { overdue: true }, sort: ['dueDate', 'ASC'], range: page(0) },
    { name: 'overdue-o10k', filter: { overdue: true }, sort: ['dueDate', 'ASC'], range: page(10_000) },
    { name: 'status-p1', filter: { status: ['in_progress'] }, sort: ['dueDate', 'ASC'], range: page(0) },
    { name: 'status-o10k', filter: { status: ['in_progress'] }, sort: ['dueDate', 'ASC'], range: page(10_000) },
    { name: 'due-p1', filter: {}, sort: ['dueDate', 'ASC'], range: page(0) },
    { name: 'due-o10k', filter: {}, sort: ['dueDate', 'ASC'], range: page(10_000) },
    { name: 'q-rare', filter: { q: rareWord }, sort: ['dueDate', 'ASC'], range: page(0) },
    { name: 'q-common', filter: { q: '机制' }, sort: ['dueDate', 'ASC'], range: page(0) },
  ];
}

export function listUrl(c: ListCase): string {
  const qs = new URLSearchParams({ filter: JSON.stringify(c.filter), sort: JSON.stringify(c.sort), range: JSON.stringify(c.range) });
  return `/api/obligations?${qs.toString()}`;
}

export interface ScopeContext {
  today: string;
  yellowDays: number;
  /** The actor's body (a manager or staff member sees its subtree); null = admin (everything). */
  scopeBodyId: string | null;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Every statement the API's repository issues for this list request, captured by running
 * ObligationRepository.list (the code behind GET /api/obligations) against a recording
 * EntityManager. `cold`: the first request (page, count); `warm`: a repeated one whose total
 * comes from the cache (the page alone). With `db`, the warm request is the second of two run
 * against it for real, so a deep page's statement is the one the API repeats: resumed from the
 * anchor the first request noted (PageAnchors). The benchmark's raw-SQL side and the plan test
 * run exactly these statements.
 */
export async function capturedListSql(c: ListCase, ctx: ScopeContext, path: 'cold' | 'warm' = 'cold', db?: Client): Promise<Statement[]> {
  let statements: Statement[] = [];
  const recorder = {
    async query(sql: string, params: unknown[] = []) {
      statements.push({ sql, params: [...params] });
      if (!db) return /count\(/i.test(sql) && !/LIMIT/i.test(sql) ? [{ total: 1000 }] : [{ changeVersion: '1' }];
      const compact = compactParams(sql, params);
      return (await db.query(compact.sql, compact.params)).rows;
    },
  };
  // Warm: the total is in the cache (no count statement); cold: a cache that never holds (count runs).
  const totals = path === 'warm' ? ({ get: async () => 1000 } as unknown as ChangeCache<number>) : new ChangeCache<number>(0, 10);
  const anchors = path === 'warm' && db ? new PageAnchors(60_000, 10) : undefined;
  const query = parseListQuery({ filter: JSON.stringify(c.filter), sort: JSON.stringify(c.sort), range: JSON.stringify(c.range) }, OBLIGATION_LIST_RULES);
  const filterCtx = {
    today: ctx.today as never,
    yellowUntil: addDays(ctx.today as never, ctx.yellowDays),
    scope: ctx.scopeBodyId === null ? ({ all: true } as const) : ({ all: false, bodyId: ctx.scopeBodyId } as const),
  };
  const repository = new SqlObligationRepository(recorder as never);
  if (anchors) {
    await repository.list(query, filterCtx, { totals, anchors });
    statements = [];
  }
  await repository.list(query, filterCtx, { totals, anchors });
  return statements;
}

/**
 * Drops parameters a statement never references and renumbers the rest. The builder always adds
 * `today` even when no light/overdue filter uses it, and PostgreSQL refuses a statement with an
 * untyped unused parameter ("could not determine data type of parameter $n"), so the raw side
 * compacts them; the statement text is otherwise identical.
 */
export function compactParams(sql: string, params: unknown[]): { sql: string; params: unknown[] } {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const map = new Map<number, number>();
  const out: unknown[] = [];
  params.forEach((v, i) => {
    if (used.has(i + 1)) {
      out.push(v);
      map.set(i + 1, out.length);
    }
  });
  return { sql: sql.replace(/\$(\d+)/g, (_, n) => `$${map.get(Number(n))}`), params: out };
}

/** Own body plus descendants (what the API computes for a manager). */
export async function scopeOf(c: Client, bodyId: string): Promise<string[]> {
  const { rows } = await c.query(`WITH RECURSIVE t AS (SELECT id FROM bodies WHERE id = $1 UNION SELECT b.id FROM bodies b JOIN t ON b.parent_id = t.id) SELECT id FROM t`, [bodyId]);
  return rows.map((r) => r.id as string);
}

/** A word that occurs in a handful of obligations (≈0.01–0.05 %), found from the data itself. */
export async function findRareWord(c: Client): Promise<string> {
  const { rows } = await c.query(
    `SELECT word, ndoc FROM ts_stat($$SELECT search FROM obligations TABLESAMPLE SYSTEM (5) REPEATABLE (7)$$)
     WHERE length(word) = 2 AND word ~ '^[\\u4e00-\\u9fff]+$' ORDER BY abs(ndoc - 8), word LIMIT 1`,
  );
  return rows[0]?.word ?? '溯源';
}

/** The plan of a statement, as JSON (no ANALYZE). */
export async function planOf(c: Client, sql: string, params: unknown[]): Promise<PlanNode> {
  const { rows } = await c.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return rows[0]['QUERY PLAN'][0].Plan as PlanNode;
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
  [k: string]: unknown;
}

/** Every scan node of a plan: `Seq Scan on obligations` shows up as { node: 'Seq Scan', relation: 'obligations' }. */
export function scans(plan: PlanNode): { node: string; relation?: string; index?: string }[] {
  const out: { node: string; relation?: string; index?: string }[] = [];
  const walk = (p: PlanNode) => {
    if (/Scan/.test(p['Node Type'])) out.push({ node: p['Node Type'], relation: p['Relation Name'], index: p['Index Name'] });
    for (const child of p.Plans ?? []) walk(child);
  };
  walk(plan);
  return out;
}
