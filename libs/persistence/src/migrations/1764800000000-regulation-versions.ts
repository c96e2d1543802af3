import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: regulation versions. Each imported text of a regulation is a row of
 * regulation_versions (the current one included, so the list is complete); provisions carry the
 * version they belong to, so an amendment adds a new tree and keeps the old one readable.
 * Obligations get the amendment flags: source_changed (their provision's text changed; the new
 * wording waits in amended_text for an admin's decision) and source_removed (no counterpart).
 */
export class RegulationVersions1764800000000 implements MigrationInterface {
  name = 'RegulationVersions1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regulation_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regulation_id uuid NOT NULL REFERENCES regulations(id) ON DELETE CASCADE,
        version integer NOT NULL,
        title text NOT NULL,
        document_number text,
        issuer text,
        adopted_on date,
        published_on date,
        effective_date date,
        source_file_name text NOT NULL,
        source_format text NOT NULL,
        source_sha256 text NOT NULL,
        raw_text text NOT NULL,
        text text NOT NULL,
        unit_count integer NOT NULL DEFAULT 0,
        summary jsonb,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT regulation_versions_unique UNIQUE (regulation_id, version)
      )`);
    await q.query('CREATE INDEX regulation_versions_sha256_idx ON regulation_versions (source_sha256)');
    await q.query(`
      INSERT INTO regulation_versions (regulation_id, version, title, document_number, issuer, adopted_on, published_on, effective_date,
        source_file_name, source_format, source_sha256, raw_text, text, unit_count, created_by, created_at)
      SELECT id, version, title, document_number, issuer, adopted_on, published_on, effective_date,
        source_file_name, source_format, source_sha256, raw_text, text, unit_count, created_by, created_at
      FROM regulations`);
    await q.query('ALTER TABLE regulations ADD COLUMN amended_at timestamptz');

    await q.query('ALTER TABLE provisions ADD COLUMN version integer NOT NULL DEFAULT 1');
    await q.query('UPDATE provisions p SET version = r.version FROM regulations r WHERE r.id = p.regulation_id AND r.version <> 1');
    await q.query('DROP INDEX IF EXISTS provisions_regulation_idx');
    await q.query('CREATE INDEX provisions_regulation_idx ON provisions (regulation_id, version, ordinal)');

    await q.query(`
      ALTER TABLE obligations
        ADD COLUMN source_changed boolean NOT NULL DEFAULT false,
        ADD COLUMN source_removed boolean NOT NULL DEFAULT false,
        ADD COLUMN amended_text text`);
    await q.query('CREATE INDEX obligations_amended_idx ON obligations (regulation_id, article) WHERE source_changed OR source_removed');

    // The app role: a working table (the default privileges of 1764500000000 give the same; said here so it does not depend on them).
    await q.query('GRANT SELECT, INSERT, UPDATE, DELETE ON regulation_versions TO luyue_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS obligations_amended_idx');
    await q.query('ALTER TABLE obligations DROP COLUMN IF EXISTS amended_text, DROP COLUMN IF EXISTS source_removed, DROP COLUMN IF EXISTS source_changed');
    await q.query('DROP INDEX IF EXISTS provisions_regulation_idx');
    await q.query('ALTER TABLE provisions DROP COLUMN IF EXISTS version');
    await q.query('CREATE INDEX provisions_regulation_idx ON provisions (regulation_id, ordinal)');
    await q.query('ALTER TABLE regulations DROP COLUMN IF EXISTS amended_at');
    await q.query('DROP TABLE IF EXISTS regulation_versions');
  }
}
