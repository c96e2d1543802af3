import { ensureDatabase, runMigrations } from '@luyue/persistence';
import { localDbUrl } from './pg-client';

/**
 * Points this suite at a database and Redis index of its own (created and migrated here), so it
 * can run beside suites on the shared test database. Call before startApi/startWithFixture.
 */
export async function useOwnDatabase(name: string, redisUrl: string): Promise<string> {
  const url = localDbUrl(name);
  process.env['DATABASE_URL'] = url;
  process.env['REDIS_URL'] = redisUrl;
  delete process.env['APP_DATABASE_URL'];
  await migrateDatabase(url);
  return url;
}

/** Creates the database at the owner's `url` if missing and applies the pending migrations. */
export async function migrateDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  await runMigrations(url);
}
