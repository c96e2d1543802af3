import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// globalSetup runs outside jest's module system, so resolve the @luyue/* aliases here.
const root = join(__dirname, '../../..');
register({ baseUrl: root, paths: JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths });

/** Creates and migrates the test database once before the integration suites run. */
export default async function globalSetup(): Promise<void> {
  await import('./test-env');
  const { ensureDatabase, runMigrations } = await import('@luyue/persistence');
  const url = process.env['DATABASE_URL'] as string;
  await ensureDatabase(url);
  await runMigrations(url);
}
