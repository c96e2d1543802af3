import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnv } from '@luyue/config';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { AppContext, SeedDemoDataUseCase, appSettingsFrom } from '@luyue/application';
import type { CliCommand } from '../command';
import { log } from '../cli-output';

// `luyue seed`: demo data on an EMPTY database only (SeedDemoDataUseCase): bodies derived by the
// extractor from ops/seed/*.txt, regulations through the same import use case as the API.

export const DEMO_PASSWORD = 'Luyue-demo-2025';
const SEED_DIR = join(process.cwd(), 'ops/seed');

export const seedCommand: CliCommand = {
  summary: 'load demo data (bodies, users, the five seed regulations) into an empty database',
  options: {},
  async run() {
    const env = loadEnv();
    if (env.NODE_ENV === 'production') {
      log('seed skipped: NODE_ENV=production');
      return 0;
    }
    const ds = createAppDataSource(env);
    await ds.initialize();
    try {
      const started = Date.now();
      const ctx = new AppContext(createDataAccess(ds), appSettingsFrom(env));
      const names = (await readdir(SEED_DIR)).filter((f) => f.endsWith('.txt')).sort();
      const files = await Promise.all(names.map(async (fileName) => ({ fileName, text: await readFile(join(SEED_DIR, fileName), 'utf8') })));
      const users = await new SeedDemoDataUseCase(ctx).execute(files, DEMO_PASSWORD, (r) => log(`imported ${r.title}: ${r.obligationCount} obligations (${r.jurisdiction})`));
      if (!users) {
        log('demo data already present');
        return 0;
      }
      log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; sign in with password ${DEMO_PASSWORD}:`);
      for (const u of users) log(`  ${u.role.padEnd(8)} ${u.email}`);
      return 0;
    } finally {
      await ds.destroy();
    }
  },
};
