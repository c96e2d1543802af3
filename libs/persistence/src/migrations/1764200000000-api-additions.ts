import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who wrote the latest progress (shown in lists) and a lookup of unresolved subjects for body mapping. */
export class ApiAdditions1764200000000 implements MigrationInterface {
  name = 'ApiAdditions1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE obligations ADD COLUMN latest_progress_by uuid REFERENCES users(id)');
    await q.query('CREATE INDEX obligations_unresolved_idx ON obligations USING gin (unresolved_subjects)');
    await q.query('CREATE INDEX obligations_subjects_idx ON obligations USING gin (subjects)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS obligations_subjects_idx');
    await q.query('DROP INDEX IF EXISTS obligations_unresolved_idx');
    await q.query('ALTER TABLE obligations DROP COLUMN IF EXISTS latest_progress_by');
  }
}
