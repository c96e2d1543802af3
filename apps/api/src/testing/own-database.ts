import { ensureDatabase, runMigrations } from '@luyue/persistence';

/**
 * Points this suite at a database and Redis index of its own (created and migrated here), so it
 * can run beside suites on the shared test database. Call before startApi/startWithFixture.
 */
export async function useOwnDatabase(name: string, redisUrl: string): Promise<string> {
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  process.env['DATABASE_URL'] = url;
  process.env['REDIS_URL'] = redisUrl;
  delete process.env['APP_DATABASE_URL'];
  await ensureDatabase(url);
  await runMigrations(url);
  return url;
}
