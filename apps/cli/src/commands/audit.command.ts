import { readFile } from 'node:fs/promises';
import { AppContext, type AuditTrailReport, VerifyAuditTrailUseCase, appSettingsFrom } from '@luyue/application';
import { loadEnv } from '@luyue/config';
import type { ChainHead } from '@luyue/domain';
import { createDataAccess, createDataSource } from '@luyue/persistence';
import type { CliCommand } from '../command';
import { CliError, log, printJson } from '../cli-output';

/** Heads from an earlier `audit verify --json` (its output as a whole, or just its heads array). */
async function readAnchors(path: string): Promise<ChainHead[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CliError(`--anchors ${path}: ${(err as Error).message}`, 2);
  }
  const heads = Array.isArray(parsed) ? parsed : (parsed as { heads?: unknown } | null)?.heads;
  const valid = (h: unknown): h is ChainHead => {
    const x = h as ChainHead;
    return !!x && (x.obligationId === null || typeof x.obligationId === 'string') && /^\d+$/.test(String(x.seq)) && /^[0-9a-f]{64}$/.test(String(x.hash));
  };
  if (!Array.isArray(heads) || !heads.every(valid)) throw new CliError(`--anchors ${path}: expected the JSON of 'audit verify --json' (heads: [{ obligationId, seq, hash }])`, 2);
  return heads.map((h) => ({ obligationId: h.obligationId, seq: String(h.seq), hash: h.hash }));
}

function printText(report: AuditTrailReport): void {
  if (report.broken) {
    const b = report.broken;
    log(`audit trail BROKEN at event ${b.eventId ?? '-'} (${b.obligationId === null ? 'admin chain' : `obligation ${b.obligationId}`}): ${b.kind}`);
    log(b.message);
    if (b.expected !== undefined || b.found !== undefined) log(`  expected ${b.expected ?? 'null'}\n  found    ${b.found ?? 'null'}`);
    return;
  }
  const admin = report.heads.find((h) => h.obligationId === null);
  log(`audit trail intact: ${report.events} event(s) in ${report.chains} chain(s), ${report.heads.length} head(s)`);
  if (admin) log(`admin chain head: seq ${admin.seq} ${admin.hash}`);
  log(`keep the heads elsewhere (audit verify --json > heads.json) and check against them later with --anchors heads.json`);
}

/**
 * `luyue audit verify [--json] [--anchors FILE]`: recomputes the audit trail's hash chains in
 * JavaScript, read-only, in one REPEATABLE READ snapshot. Exit 0 on an intact trail, 1 at the
 * first broken link (named: event id, obligation id, what differs).
 */
export const auditCommand: CliCommand = {
  summary: 'audit verify: recompute the audit trail hash chains and name the first broken link',
  options: { json: { type: 'boolean' }, anchors: { type: 'string' } },
  async run(positionals, values) {
    if (positionals[0] !== 'verify' || positionals.length > 1) throw new CliError('usage: luyue audit verify [--json] [--anchors heads.json]', 2);
    const env = loadEnv();
    const anchors = typeof values['anchors'] === 'string' ? await readAnchors(values['anchors']) : undefined;
    const ds = createDataSource(env.DATABASE_URL);
    await ds.initialize();
    try {
      const report = await new VerifyAuditTrailUseCase(new AppContext(createDataAccess(ds), appSettingsFrom(env))).execute({ anchors });
      if (values['json']) printJson(report);
      else printText(report);
      return report.ok ? 0 : 1;
    } finally {
      await ds.destroy();
    }
  },
};
