// Test support: where the parser's format fixtures and the seeds' sources and gold files are.
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');
export const FORMAT_FIXTURES = join(ROOT, 'libs/regulation-parser/fixtures');
export const TABLE_GOLD = join(ROOT, 'test/fixtures/formats/division-table.md.gold.json');

/** A seed's text and its gold file. */
export const seedSource = (name: string) => ({ source: join(ROOT, 'ops/seed', name), gold: join(ROOT, 'test/fixtures/gold', `${name}.gold.json`) });
