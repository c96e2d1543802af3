import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions the schema relies on: trigram search and UUID generation. */
export class Extensions1764000000000 implements MigrationInterface {
  name = 'Extensions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
  }

  async down(): Promise<void> {
    // Extensions may be shared with other schemas; leave them in place.
  }
}
