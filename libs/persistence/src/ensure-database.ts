import { Client } from 'pg';

/** Creates the database named in the URL when it does not exist yet (connects to `postgres` to do so). */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const { createDataSource } = await import('./data-source');
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Gives the app role the password its connection URL names (run by `npm run migrate` as the
 * owner, so a deployment sets APP_DATABASE_URL once). A URL without a password, or for another
 * role, changes nothing: the local trust set-up needs none.
 */
export async function syncAppRolePassword(ownerUrl: string, appUrl: string, role: string): Promise<boolean> {
  const app = new URL(appUrl);
  if (decodeURIComponent(app.username) !== role || !app.password) return false;
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // ALTER ROLE takes no bind parameters; the literal is escaped by the driver.
    await client.query(`ALTER ROLE "${role}" PASSWORD ${client.escapeLiteral(decodeURIComponent(app.password))}`);
    return true;
  } finally {
    await client.end();
  }
}
