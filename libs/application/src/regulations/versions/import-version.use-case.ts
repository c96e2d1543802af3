import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type Actor, DuplicateError, ForbiddenActionError, NotAnAmendmentError, canImport } from '@luyue/domain';
import { diffVersions, normalizeText } from '@luyue/regulation-diff';
import type { AppContext } from '../../shared/app-context';
import { type RegulationSource, type ParsedRegulation, parseRegulation } from '../regulation-pipeline';
import { planObligations } from '../plan-obligations';
import { shortTitleAfterRetitle } from '../short-title-rule';
import { buildProvisionTree } from '../provision-tree';
import { insertProvisions, insertVersion } from '../regulation-rows';
import { type AmendmentReport, amendmentReport } from './amendment-report';
import { applyAmendment } from './apply-amendment';
import { findSameSource, loadObligations, loadRegulation, loadUnits } from './version-sources';

export interface ImportVersionCommand extends RegulationSource {
  dryRun?: boolean;
}

/** Below this share of the current provisions finding a counterpart, the text is another regulation. */
export const MIN_ALIGNED_SHARE = 0.2;

/**
 * POST /regulations/:id/versions: an amended text of a regulation. The dry run answers the
 * alignment report; the apply writes it in one transaction (regulation row, version row, new
 * provision tree, obligation pointers and flags, events, new drafts), computing it again under
 * the regulation's row lock so a concurrent amendment cannot interleave.
 */
export class ImportVersionUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, regulationId: string, command: ImportVersionCommand): Promise<AmendmentReport> {
    if (!canImport(actor)) throw new ForbiddenActionError('import regulation versions');
    const source = await parseRegulation(command, this.ctx.settings.evidenceMaxBytes);
    if (command.dryRun) return (await this.prepare(this.ctx.ds.manager, regulationId, source, false)).report;
    return this.ctx.ds.transaction(async (tx) => {
      const prepared = await this.prepare(tx, regulationId, source, true);
      await this.write(tx, actor, command, source, prepared);
      return prepared.report;
    });
  }

  private async prepare(m: EntityManager, regulationId: string, source: ParsedRegulation, lock: boolean) {
    const current = await loadRegulation(m, regulationId, lock);
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const same = await findSameSource(m, regulationId, sha256);
    if (same || normalizeText(source.parsed.text) === normalizeText(current.text)) {
      const where = same && same.regulationId !== regulationId ? `regulation ${same.regulationId}` : `version ${same?.version ?? current.version} of this regulation`;
      throw new DuplicateError(`This text is already imported as ${where}`, { id: same?.regulationId ?? regulationId, version: same?.version ?? current.version });
    }
    const [oldUnits, oldObligations] = await Promise.all([loadUnits(m, regulationId, current.version), loadObligations(m, regulationId)]);
    const tree = buildProvisionTree(source.parsed);
    const newUnits = tree.nodes.filter((n) => n.level === 'unit' && n.article !== null);
    const { planned } = await planObligations(m, this.ctx.jurisdictionBodies, current.jurisdiction, source.extraction, source.parsed.document.effectiveDate ?? current.effectiveDate);
    const diff = diffVersions(
      { provisions: oldUnits, obligations: oldObligations },
      {
        provisions: newUnits.map((u) => ({ article: u.article as number, suffix: u.suffix, text: u.text })),
        obligations: planned.map((o) => ({ article: o.article, suffix: tree.find(o.article, null, null, null)?.suffix ?? null, text: o.text })),
      },
    );
    if (diff.alignedShare < MIN_ALIGNED_SHARE) {
      const matched = Math.round(diff.alignedShare * oldUnits.length);
      throw new NotAnAmendmentError(
        `Too little in common to be an amendment: ${matched} of ${oldUnits.length} provisions (${Math.round(diff.alignedShare * 100)} %) of version ${current.version} match the new text, at least 20 % are needed. Import it as a new regulation instead.`,
        { alignedShare: diff.alignedShare, matched, provisions: oldUnits.length, minShare: MIN_ALIGNED_SHARE },
      );
    }
    const report = amendmentReport({ regulationId, fromVersion: current.version, oldUnits, oldObligations, newUnits, planned, diff });
    return { current, sha256, tree, planned, diff, oldObligations, report };
  }

  private async write(tx: EntityManager, actor: Actor, command: ImportVersionCommand, source: ParsedRegulation, p: Awaited<ReturnType<ImportVersionUseCase['prepare']>>) {
    const meta = source.parsed.document;
    const version = p.report.toVersion;
    const title = meta.title ?? p.current.title;
    await tx
      .query(
        `UPDATE regulations SET title = $2, document_number = $3, issuer = $4, adopted_on = $5, published_on = $6, effective_date = $7,
           source_file_name = $8, source_format = $9, source_sha256 = $10, raw_text = $11, text = $12, version = $13,
           aliases = $14::jsonb, warnings = $15::jsonb, unit_count = $16, amended_at = now(), updated_at = now(),
           short_title = $17
         WHERE id = $1`,
        [
          p.current.id, title, meta.documentNumber, meta.issuer, meta.adoptedOn, meta.publishedOn, meta.effectiveDate, command.fileName, source.format, p.sha256,
          command.text ?? source.parsed.text, source.parsed.text, version, JSON.stringify(source.extraction.aliases), JSON.stringify(source.parsed.warnings), source.parsed.unitCount,
          shortTitleAfterRetitle(p.current, title),
        ],
      )
      .catch((error: { code?: string }) => {
        if (error.code === '23505') throw new DuplicateError('This text was already imported', {});
        throw error;
      });
    await insertVersion(tx, {
      regulationId: p.current.id, version, title, documentNumber: meta.documentNumber, issuer: meta.issuer, adoptedOn: meta.adoptedOn, publishedOn: meta.publishedOn,
      effectiveDate: meta.effectiveDate, sourceFileName: command.fileName, sourceFormat: source.format, sourceSha256: p.sha256, rawText: command.text ?? source.parsed.text,
      text: source.parsed.text, unitCount: source.parsed.unitCount, summary: summaryOf(p.report), createdBy: actor.userId,
    });
    await insertProvisions(tx, p.current.id, p.tree.nodes, version);
    await applyAmendment(tx, { actor, regulationId: p.current.id, report: p.report, changes: p.diff.obligations, oldObligations: p.oldObligations, tree: p.tree, planned: p.planned, added: p.diff.added });
  }
}

/** What the version row keeps of the report: the counts. */
function summaryOf(report: AmendmentReport) {
  const obligations = { unchanged: 0, moved: 0, modified: 0, removed: 0 };
  for (const o of report.obligations) obligations[o.change]++;
  return { fromVersion: report.fromVersion, provisions: report.provisions, obligations, added: report.added.length };
}
