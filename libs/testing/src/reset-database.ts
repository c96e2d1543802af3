import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { ownerDatabaseUrl } from './database-roles';

/**
 * Empties every table (migrations aside) so each suite starts from a known state. TRUNCATE is
 * the owner's: pass the owner's URL or DataSource (by default the run's DATABASE_URL), never the
 * app's, which luyue_app may not truncate.
 */
export async function resetDatabase(owner: DataSource | string = ownerDatabaseUrl()): Promise<void> {
  if (typeof owner !== 'string') return truncateAll((sql) => owner.query(sql));
  const client = new Client({ connectionString: owner });
  await client.connect();
  try {
    await truncateAll(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

async function truncateAll(query: (sql: string) => Promise<{ tablename: string }[]>): Promise<void> {
  const rows = await query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'");
  if (!rows.length) return;
  await query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}
