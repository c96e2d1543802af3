/**
 * The least-privileged PostgreSQL role the api, worker and user-facing CLI commands connect as.
 * Created (without a password) by migration 1764500000000-app-role; DATABASE_URL stays the owner.
 */
export const APP_DATABASE_ROLE = 'luyue_app';

/**
 * The app's connection derived from the owner's: the same server and database, the user
 * replaced by luyue_app and no password (what the local trust set-up of ops/services.sh accepts).
 * Returns undefined for a URL it cannot parse (the DATABASE_URL check reports that one).
 */
export function appDatabaseUrl(ownerUrl: string, role: string = APP_DATABASE_ROLE): string | undefined {
  let url: URL;
  try {
    url = new URL(ownerUrl);
  } catch {
    return undefined;
  }
  url.username = role;
  url.password = '';
  return url.toString();
}

/** Whether a postgres:// URL carries a password. */
export function urlHasPassword(databaseUrl: string): boolean {
  try {
    return new URL(databaseUrl).password !== '';
  } catch {
    return false;
  }
}
