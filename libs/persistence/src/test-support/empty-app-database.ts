import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { createAppDataSource, createDataSource } from '../data-source';

/** The working tables emptied as the owner, then a connection as the app role (like the api) and a body inserter. */
export async function emptyAppDatabase(): Promise<{ ds: DataSource; body: (name: string, parentId: string | null) => Promise<string> }> {
  const env = validateEnv(process.env);
  const owner = await createDataSource(env.DATABASE_URL).initialize();
  await owner.query('TRUNCATE notifications, obligation_events, obligations, regulations, users, bodies CASCADE');
  await owner.destroy();
  const ds = await createAppDataSource(env).initialize();
  const body = async (name: string, parentId: string | null) =>
    (await ds.query(`INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) VALUES ($1, 'T', '县市区', 'department', $2) RETURNING id`, [name, parentId]))[0].id as string;
  return { ds, body };
}
