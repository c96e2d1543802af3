import { appDatabaseUrl } from '@luyue/config';

/**
 * Tests set up and reset as the owner (DATABASE_URL) and run the app as luyue_app: the app's
 * URL for an owner URL, derived the way the app derives its default (one implementation).
 */
export function appUrlFor(ownerUrl: string): string {
  const url = appDatabaseUrl(ownerUrl);
  if (!url) throw new Error(`not a database URL: ${ownerUrl}`);
  return url;
}

/** The owner connection of the integration run (libs/testing/src/test-env.ts sets its default). */
export function ownerDatabaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set (libs/testing/src/test-env.ts sets it for jest)');
  return url;
}

/**
 * An environment for a child api/worker/CLI process: given a DATABASE_URL (the owner's) and no
 * APP_DATABASE_URL, it names the app role on that same database, so an APP_DATABASE_URL
 * inherited from the parent can never point the child at another database.
 */
export function withAppDatabaseUrl(env: Record<string, string>): Record<string, string> {
  if (!env['DATABASE_URL'] || env['APP_DATABASE_URL']) return env;
  return { ...env, APP_DATABASE_URL: appUrlFor(env['DATABASE_URL']) };
}
