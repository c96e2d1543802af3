import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppContext, ImportRegulationUseCase, ImportVersionUseCase } from '@luyue/application';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { CORPUS_DIR } from './ingest';
import { log, median, withClient } from './db';
import { userId } from './dataset';

// Document measures on the built data set, through the use cases the upload endpoints call:
// the amendment dry run of the corpus's largest version pair and the preview of a plan import.
// Both are dry runs, so the data set stays as built (BENCH_REUSE checks its size).

/** The largest amended pair of the corpus (regulation-diff's corpus-pairs spec lists them all). */
export const LARGEST_PAIR: [string, string] = ['专利法实施细则(2010-01-09).md', '专利法实施细则(2023-12-11).md'];
const PLAN = join(__dirname, '../../fixtures/plans/docs/shanghai-geology-2024.md');
const RUNS = 3;

export interface DocumentBench {
  versions: { pair: string | null; dryRunMs: number | null; runsMs?: number[]; changes?: Record<string, number>; reason?: string };
  planImport: { file: string; previewMs: number | null; obligations?: number; runsMs?: number[]; reason?: string };
}

async function timedRuns<T>(fn: () => Promise<T>): Promise<{ value: T; runsMs: number[] }> {
  const runsMs: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    value = await fn();
    runsMs.push(Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10);
  }
  return { value: value as T, runsMs };
}

export async function runDocumentBench(o: { databaseUrl: string; appDatabaseUrl: string; adminUserNo: number }): Promise<DocumentBench> {
  const ds = createAppDataSource({ APP_DATABASE_URL: o.appDatabaseUrl, DB_STATEMENT_TIMEOUT_MS: 5000 });
  await ds.initialize();
  const ctx = new AppContext(createDataAccess(ds), { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp/bench/evidence', evidenceMaxBytes: 20 * 1024 * 1024 });
  const actor = { userId: userId(o.adminUserNo), role: 'admin' as const, bodyId: null, scopeBodyIds: [] };
  const [before, after] = LARGEST_PAIR;
  const out: DocumentBench = {
    versions: { pair: `${before} → ${after}`, dryRunMs: null },
    planImport: { file: 'test/fixtures/plans/docs/shanghai-geology-2024.md', previewMs: null },
  };
  try {
    try {
      const regulationId = await withClient(
        o.databaseUrl,
        async (c) => (await c.query(`SELECT id FROM regulations WHERE source_file_name = $1 ORDER BY created_at LIMIT 1`, [before])).rows[0]?.id as string | undefined,
      );
      if (!regulationId) throw new Error(`${before} is not in the data set`);
      // The corpus holds the newer file too (as a regulation of its own); a trailing newline makes
      // its bytes new without changing its text, so the dry run compares instead of answering 409.
      const buffer = Buffer.concat([readFileSync(join(CORPUS_DIR, after)), Buffer.from('\n')]);
      const { value, runsMs } = await timedRuns(() => new ImportVersionUseCase(ctx).execute(actor, regulationId, { buffer, fileName: after, dryRun: true }));
      const changes: Record<string, number> = {};
      for (const c of value.obligations) changes[c.change] = (changes[c.change] ?? 0) + 1;
      changes['added'] = value.added.length;
      Object.assign(out.versions, { dryRunMs: median(runsMs), runsMs, changes });
    } catch (e) {
      out.versions.reason = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    }
    try {
      const buffer = readFileSync(PLAN);
      const { value, runsMs } = await timedRuns(() => new ImportRegulationUseCase(ctx).execute(actor, { buffer, fileName: 'shanghai-geology-2024.md', jurisdiction: '新疆', dryRun: true }));
      Object.assign(out.planImport, { previewMs: median(runsMs), runsMs, obligations: 'obligations' in value ? value.obligations.length : undefined });
    } catch (e) {
      out.planImport.reason = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    }
  } finally {
    await ds.destroy();
  }
  log(`documents: ${JSON.stringify(out)}`);
  return out;
}
