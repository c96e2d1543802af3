import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8 (performance at scale): covering indexes for the obligations list.
 *
 * The list's count and page statements filter on status, due_date and the actor's scope
 * (lead_body_ids / co_body_ids overlap) and sort by due_date, id. With the scope columns and the
 * status carried in the index (INCLUDE), the counts become index-only scans instead of visiting
 * the wide heap rows (text, search tokens, tsvector), and the page's id lookup can be one too
 * (see the deferred-join form in bench/README or the issue 8 report). They replace the two
 * btree indexes on the same key columns, which they fully cover.
 */
export class ListPerformance1764300000000 implements MigrationInterface {
  name = 'ListPerformance1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX obligations_due_cover_idx ON obligations (due_date, id) INCLUDE (status, lead_body_ids, co_body_ids)');
    await q.query('CREATE INDEX obligations_status_due_cover_idx ON obligations (status, due_date, id) INCLUDE (lead_body_ids, co_body_ids)');
    await q.query('DROP INDEX IF EXISTS obligations_due_idx');
    await q.query('DROP INDEX IF EXISTS obligations_status_due_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX IF NOT EXISTS obligations_status_due_idx ON obligations (status, due_date, id)');
    await q.query('CREATE INDEX IF NOT EXISTS obligations_due_idx ON obligations (due_date, id)');
    await q.query('DROP INDEX IF EXISTS obligations_status_due_cover_idx');
    await q.query('DROP INDEX IF EXISTS obligations_due_cover_idx');
  }
}
