import { createHash } from 'node:crypto';
import { documentMetadata } from '../document-metadata';
import { type Actor, DuplicateError, ForbiddenActionError, NotAnAmendmentError, canImport } from '@luyue/domain';
import { diffVersions, normalizeText } from '@luyue/regulation-diff';
import type { AppContext } from '../../shared/app-context';
import { type RegulationSource, type ParsedRegulation, parseRegulation } from '../regulation-pipeline';
import { planObligations } from '../plan-obligations';
import { shortTitleAfterRetitle } from '../short-title-rule';
import { buildProvisionTree } from '../provision-tree';
import { type AmendmentReport, amendmentReport } from './amendment-report';
import { applyAmendment } from './apply-amendment';
import type { Repositories } from '../../shared/repositories';

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
    if (command.dryRun) return (await this.prepare(this.ctx.data.repositories, regulationId, source, false)).report;
    return this.ctx.data.transaction(async (repos) => {
      const prepared = await this.prepare(repos, regulationId, source, true);
      await this.write(repos, actor, command, source, prepared);
      return prepared.report;
    });
  }

  private async prepare({ regulations, bodies }: Repositories, regulationId: string, source: ParsedRegulation, lock: boolean) {
    const current = await regulations.current(regulationId, lock);
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const same = await regulations.sameSource(regulationId, sha256);
    if (same || normalizeText(source.parsed.text) === normalizeText(current.text)) {
      const where = same && same.regulationId !== regulationId ? `regulation ${same.regulationId}` : `version ${same?.version ?? current.version} of this regulation`;
      throw new DuplicateError(`This text is already imported as ${where}`, { id: same?.regulationId ?? regulationId, version: same?.version ?? current.version });
    }
    const [oldUnits, oldObligations] = await Promise.all([regulations.currentUnits(regulationId, current.version), regulations.obligationsOf(regulationId)]);
    const tree = buildProvisionTree(source.parsed);
    const newUnits = tree.nodes.filter((n) => n.level === 'unit' && n.article !== null);
    const { planned } = await planObligations(this.ctx.jurisdictionBodies, bodies, current.jurisdiction, source.extraction, source.parsed.document.effectiveDate ?? current.effectiveDate);
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

  private async write(repos: Repositories, actor: Actor, command: ImportVersionCommand, source: ParsedRegulation, p: Awaited<ReturnType<ImportVersionUseCase['prepare']>>) {
    const meta = source.parsed.document;
    const version = p.report.toVersion;
    const title = meta.title ?? p.current.title;
    const rawText = command.text ?? source.parsed.text;
    await repos.regulations.amend({
      id: p.current.id,
      title,
      ...documentMetadata(meta),
      sourceFileName: command.fileName,
      sourceFormat: source.format,
      sourceSha256: p.sha256,
      rawText,
      text: source.parsed.text,
      version,
      aliases: source.extraction.aliases,
      warnings: source.parsed.warnings,
      unitCount: source.parsed.unitCount,
      shortTitle: shortTitleAfterRetitle(p.current, title),
    });
    await repos.regulations.recordCurrentVersion(p.current.id, summaryOf(p.report), actor.userId);
    await repos.regulations.insertProvisions(p.current.id, p.tree.nodes, version);
    await applyAmendment(repos, {
      actor,
      regulationId: p.current.id,
      report: p.report,
      changes: p.diff.obligations,
      oldObligations: p.oldObligations,
      tree: p.tree,
      planned: p.planned,
      added: p.diff.added,
    });
  }
}

/** What the version row keeps of the report: the counts. */
function summaryOf(report: AmendmentReport) {
  const obligations = { unchanged: 0, moved: 0, modified: 0, removed: 0 };
  for (const o of report.obligations) obligations[o.change]++;
  return { fromVersion: report.fromVersion, provisions: report.provisions, obligations, added: report.added.length };
}
