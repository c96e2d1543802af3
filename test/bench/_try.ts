import { Client } from 'pg';
import { recreateDatabase, dbUrl, log } from './lib/db';
import { runMigrations } from '@luyue/persistence';
import { ingestFallback } from './lib/ingest';
import { seedOrganisation, multiply, estimateReminders, FULL_SCALE } from './lib/dataset';
(async () => {
  const name = process.env.DB ?? 'luyue_bench_try';
  await recreateDatabase(name);
  await runMigrations(dbUrl(name));
  const c = new Client({ connectionString: dbUrl(name) }); await c.connect();
  const scale = { ...FULL_SCALE, obligations: Number(process.env.N ?? 100000), regulations: Number(process.env.R ?? 1000) };
  await seedOrganisation(c, scale, 'x');
  const ing = await ingestFallback(c);
  log(JSON.stringify(ing));
  const t = Date.now();
  log(JSON.stringify(await multiply(c, scale, '2026-11-25')), (Date.now()-t)/1000);
  log(JSON.stringify(await estimateReminders(c, '2026-11-25')));
  await c.end();
})().catch((e) => { console.error(e); process.exit(1); });
