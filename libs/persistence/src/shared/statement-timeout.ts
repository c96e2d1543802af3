import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction whose statements may take up to `timeoutMs` (SET LOCAL: the
 * pooled session's own statement_timeout, DB_STATEMENT_TIMEOUT_MS, is back after it). It only
 * raises the limit: a session with a higher one, or none (0, the owner's), keeps it.
 */
export function withStatementTimeout<T>(ds: DataSource, timeoutMs: number, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(async (m) => {
    await m.query(
      `SELECT set_config('statement_timeout', (CASE WHEN s = 0 THEN 0 ELSE greatest(s, $1::int) END)::text, true)
       FROM (SELECT setting::int AS s FROM pg_settings WHERE name = 'statement_timeout') current`,
      [Math.trunc(timeoutMs)],
    );
    return work(m);
  });
}
