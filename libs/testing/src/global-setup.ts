import { ensureDatabase, runMigrations } from '@luyue/persistence';

/** Creates and migrates the test database once before the integration suites run. */
export default async function globalSetup(): Promise<void> {
  await import('./test-env');
  const url = process.env['DATABASE_URL'] as string;
  await ensureDatabase(url);
  await runMigrations(url);
}
