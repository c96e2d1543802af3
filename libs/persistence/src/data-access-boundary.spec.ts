import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Data access lives in libs/persistence: nowhere else in apps/ and libs/ may a file run SQL
// (`.query(`) or depend on a TypeORM DataSource, except the test harness, tests, and the Nx/Nest
// modules that create the connection. The files below still do and are being moved; the list
// may only shrink (a listed file that no longer needs it fails the test too).

const ROOT = join(__dirname, '../../..');
const SCANNED = ['apps', 'libs'];
const EXEMPT = [/^libs\/persistence\//, /^libs\/testing\//, /^apps\/api\/src\/testing\//, /^apps\/worker\/src\/test-support\//, /\.(int-|e2e-)?spec\.ts$/, /\.d\.ts$/];
/** Module wiring: where the data source is created and handed to the DataAccess. */
const WIRING = /\.module\.ts$/;

const STILL_RUNNING_SQL = [
  'apps/cli/src/commands/audit.command.ts',
  'apps/cli/src/commands/seed.command.ts',
  'libs/application/src/audit/verify-audit-trail.ts',
];

const STILL_HOLDING_DATA_SOURCE = [
  'libs/application/src/shared/app-context.ts',
  'libs/application/src/shared/data-access.ts',
];

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
  });

  it('runs no SQL outside libs/persistence, the test harness and tests', () => {
    const violations = checked.filter((path) => runsSql(read(path)));
    expect(violations.filter((path) => !STILL_RUNNING_SQL.includes(path))).toEqual([]);
    expect(STILL_RUNNING_SQL.filter((path) => !violations.includes(path))).toEqual([]);
  });

  it('holds no DataSource outside libs/persistence, the test harness and the modules that create it', () => {
    const violations = checked.filter((path) => !WIRING.test(path) && holdsDataSource(read(path)));
    expect(violations.filter((path) => !STILL_HOLDING_DATA_SOURCE.includes(path))).toEqual([]);
    expect(STILL_HOLDING_DATA_SOURCE.filter((path) => !violations.includes(path))).toEqual([]);
  });
});
