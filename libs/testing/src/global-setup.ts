import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// globalSetup runs outside jest's module system, so resolve the @luyue/* aliases here.
const root = join(__dirname, '../../..');
register({ baseUrl: root, paths: JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths });

/** Creates and migrates the test database once before the integration suites run. */
export default async function globalSetup(): Promise<void> {
  await import('./test-env');
  // Loaded only now, with the aliases registered (and so @luyue/persistence is no lazy import).
  const { migrateDatabase } = await import('./own-database');
  await migrateDatabase(process.env['DATABASE_URL'] as string);
}
