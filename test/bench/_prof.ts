import { Client } from 'pg';
import { runMigrations } from '@luyue/persistence';
import { dbUrl, recreateDatabase } from './lib/db';
import { FULL_SCALE, seedOrganisation, BENCH_ADMIN } from './lib/dataset';
import { ingestReal } from './lib/ingest-real';
(async () => {
  const name = 'luyue_bench_prof';
  await recreateDatabase(name); await runMigrations(dbUrl(name));
  const c = new Client({ connectionString: dbUrl(name) }); await c.connect();
  await seedOrganisation(c, FULL_SCALE, 'x'); await c.end();
  console.log(JSON.stringify(await ingestReal(dbUrl(name), BENCH_ADMIN)));
})();
