import { Client } from 'pg';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
/** The owner's URL of database `name` on the local test server. */
export const localDbUrl = (name: string) => `${SERVER}/${name}`;

/** One short-lived connection to `url` for `fn`, closed whatever happens. */
export async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The rows of one statement, on a connection of its own. */
export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (c) => (await c.query(sql, params)).rows as T[]);
}
