import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppContext, ImportRegulationUseCase } from '@luyue/application';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { CORPUS_DIR, type IngestResult, corpusFiles } from './ingest';
import { log } from './db';
import { userId } from './dataset';

/**
 * The corpus through the real import path, in-process: ImportRegulationUseCase.execute (what
 * POST /api/regulations/import calls after the multipart upload) with each file's bytes, as the
 * bench admin, jurisdiction 新疆 (so subjects are resolved against the 2,000 bench bodies).
 * Parse + extract + provisions + draft obligations, one transaction per document; `inFlight`
 * documents at a time (1: one after another; 2: as two uploads at once, one parsing while the
 * other's rows are written).
 */
export async function ingestReal(appDatabaseUrl: string, adminUserNo: number, inFlight = 1): Promise<IngestResult> {
  const ds = createAppDataSource({ APP_DATABASE_URL: appDatabaseUrl, DB_STATEMENT_TIMEOUT_MS: 5000 });
  await ds.initialize();
  try {
    const ctx = new AppContext(createDataAccess(ds), { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp/bench/evidence', evidenceMaxBytes: 20 * 1024 * 1024 });
    const useCase = new ImportRegulationUseCase(ctx);
    const actor = { userId: userId(adminUserNo), role: 'admin' as const, bodyId: null, scopeBodyIds: [] };
    const files = corpusFiles().slice(0, Number(process.env['BENCH_INGEST_LIMIT'] ?? Infinity));
    const buffers = files.map((f) => readFileSync(join(CORPUS_DIR, f)));
    let documents = 0;
    let failed = 0;
    let obligations = 0;
    const reasons = new Map<string, number>();
    const t0 = process.hrtime.bigint();
    let next = 0;
    const importer = async () => {
      for (let i = next++; i < files.length; i = next++) {
        try {
          const r = (await useCase.execute(actor, { buffer: buffers[i], fileName: files[i], jurisdiction: '新疆' })) as { obligationCount: number };
          documents++;
          obligations += r.obligationCount;
        } catch (e) {
          failed++;
          const why = e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 80)}` : String(e);
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: inFlight }, importer));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (documents === 0) throw new Error(`every import failed: ${[...reasons.keys()][0]}`);
    log(
      `import use case, ${inFlight} in flight: ${documents} documents (${failed} refused${failed ? ': ' + JSON.stringify(Object.fromEntries(reasons)) : ''}), ${obligations} obligations in ${seconds.toFixed(1)} s`,
    );
    return { path: `ImportRegulationUseCase in-process (file bytes, as the upload endpoint passes them), ${inFlight} at a time`, documents, failed, obligations, seconds };
  } finally {
    await ds.destroy();
  }
}
