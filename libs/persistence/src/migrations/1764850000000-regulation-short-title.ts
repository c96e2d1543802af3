import type { MigrationInterface, QueryRunner } from 'typeorm';
import { shortTitle } from '@luyue/obligation-extractor';

/**
 * 简称 (《口岸条例》): derived from the title at import, editable by an admin. Lists and the 台账
 * show it with the article. Existing regulations get the derived one; a row written without one
 * (bench data, fixtures) reads as its full title in 《》.
 */
export class RegulationShortTitle1764850000000 implements MigrationInterface {
  name = 'RegulationShortTitle1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE regulations ADD COLUMN short_title text');
    const rows: { id: string; title: string }[] = await q.query('SELECT id, title FROM regulations');
    for (const row of rows) await q.query('UPDATE regulations SET short_title = $2 WHERE id = $1', [row.id, shortTitle(row.title)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE regulations DROP COLUMN short_title');
  }
}
