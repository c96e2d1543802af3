import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Data access lives in libs/persistence: nowhere else in apps/ and libs/ may a file run SQL
// (`.query(`) or depend on a TypeORM DataSource, except the test harness, tests, and the Nest
// modules that create the connection and hand it to createDataAccess.

const ROOT = join(__dirname, '../../..');
const SCANNED = ['apps', 'libs'];
const EXEMPT = [/^libs\/persistence\//, /^libs\/testing\//, /^apps\/api\/src\/testing\//, /^apps\/worker\/src\/test-support\//, /\.(int-|e2e-)?spec\.ts$/, /\.d\.ts$/];
/** Module wiring: where the data source is created and handed to the DataAccess. */
const WIRING = /\.module\.ts$/;

function* typeScriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield relative(ROOT, path).split('\\').join('/');
  }
}

/** The code without comments (a comment may name `.query()`); `://` in a string is not a comment. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const runsSql = (text: string) => /\.query\s*\(/.test(code(text));
const holdsDataSource = (text: string) => /\bDataSource\b/.test(code(text));

const files = SCANNED.flatMap((dir) => [...typeScriptFiles(join(ROOT, dir))]);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const checked = files.filter((path) => !EXEMPT.some((pattern) => pattern.test(path)));

describe('data access boundary', () => {
  it('scans the tree and finds the SQL where it belongs (the check cannot pass on an empty scan)', () => {
    expect(checked.length).toBeGreaterThan(200);
    const persistenceSql = files.filter((path) => path.startsWith('libs/persistence/src/') && !path.endsWith('spec.ts') && runsSql(read(path)));
    expect(persistenceSql).toEqual(expect.arrayContaining(['libs/persistence/src/obligations/obligation.sql-repository.ts', 'libs/persistence/src/bodies/body.sql-repository.ts']));
    expect(runsSql('await this.m.query(`SELECT 1`)')).toBe(true);
    expect(runsSql('// e.g. manager.query()\nconst url = "http://x";')).toBe(false);
    expect(holdsDataSource('constructor(private readonly ds: DataSource) {}')).toBe(true);
    // The wiring that holds one is scanned, and seen to hold it.
    expect(files.filter((path) => WIRING.test(path) && holdsDataSource(read(path)))).toEqual(expect.arrayContaining(['apps/api/src/application.module.ts']));
  });

  it('runs no SQL outside libs/persistence, the test harness and tests', () => {
    expect(checked.filter((path) => runsSql(read(path)))).toEqual([]);
  });

  it('holds no DataSource outside libs/persistence, the test harness and the modules that create it', () => {
    expect(checked.filter((path) => !WIRING.test(path) && holdsDataSource(read(path)))).toEqual([]);
  });
});
