import { createHash, randomUUID } from 'node:crypto';
import { documentMetadata } from './document-metadata';
import type { RegulationKind } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, ValidationError, canImport } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type PlannedObligation, planObligations } from './plan-obligations';
import { insertDraftObligations } from './regulation-rows';
import { guessJurisdiction, guessRegulationKind } from './jurisdiction-guess';
import { type RegulationSource, isRegulationKind, parseRegulation } from './regulation-pipeline';
import { buildProvisionTree } from './provision-tree';
import { shortTitle } from '@luyue/obligation-extractor';

export interface ImportRegulationCommand extends RegulationSource {
  jurisdiction?: string;
  kind?: string;
  defaultLeadBodyId?: string;
  dryRun?: boolean;
}

export interface ImportedRegulation {
  id: string;
  title: string;
  jurisdiction: string;
  unitCount: number;
  obligationCount: number;
  unresolvedSubjects: string[];
}

export type { PlannedObligation } from './plan-obligations';

export interface ImportPreview {
  document: Record<string, unknown>;
  units: unknown[];
  obligations: PlannedObligation[];
  unresolvedSubjects: string[];
}

/**
 * POST /regulations/import: parse → extract → regulation, provision tree and draft obligations in one
 * transaction (or a preview with dryRun). The same file twice is a 409 naming the existing regulation.
 */
export class ImportRegulationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, command: ImportRegulationCommand): Promise<ImportedRegulation | ImportPreview> {
    if (!canImport(actor)) throw new ForbiddenActionError('import regulations');
    if (command.kind !== undefined && command.kind !== '' && !isRegulationKind(command.kind)) {
      throw new ValidationError('kind must be one of law, local_regulation, plan, notice', { field: 'kind' });
    }
    const { parsed, extraction, bytes, format } = await parseRegulation(command, this.ctx.settings.evidenceMaxBytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const meta = parsed.document;
    const jurisdiction = command.jurisdiction?.trim() || guessJurisdiction({ title: meta.title, issuer: meta.issuer, text: parsed.text });
    if (!jurisdiction) throw new ValidationError('jurisdiction could not be determined from the document; pass it explicitly', { field: 'jurisdiction' });
    const kind: RegulationKind = (command.kind as RegulationKind | undefined) || guessRegulationKind(meta.title);
    const title = meta.title ?? command.fileName;

    const { bodies, planned, unresolvedSubjects } = await planObligations(this.ctx.jurisdictionBodies, this.ctx.data.repositories.bodies, jurisdiction, extraction, meta.effectiveDate);

    if (command.dryRun) {
      const ocr = parsed.ocr ? { ocr: parsed.ocr } : {};
      return { document: { ...meta, jurisdiction, kind, unitCount: parsed.unitCount, warnings: parsed.warnings, ...ocr }, units: parsed.units, obligations: planned, unresolvedSubjects };
    }

    let defaultLeadBodyId = command.defaultLeadBodyId || null;
    if (defaultLeadBodyId) await this.ctx.data.repositories.bodies.assertExist([defaultLeadBodyId]);
    else defaultLeadBodyId = topGovernment(bodies)?.id ?? null;

    const id = await this.ctx.data.transaction(async ({ regulations, obligations }) => {
      const existing = await regulations.idBySource(sha256);
      if (existing) throw new DuplicateError(`This file was already imported as regulation ${existing}`, { id: existing });
      const regulationId = randomUUID();
      await regulations.insert({
        id: regulationId,
        title,
        ...documentMetadata(meta),
        jurisdiction,
        kind,
        unit: meta.unit,
        sourceFileName: command.fileName,
        sourceFormat: format,
        sourceSha256: sha256,
        rawText: command.text ?? parsed.text,
        text: parsed.text,
        defaultLeadBodyId,
        aliases: extraction.aliases,
        warnings: parsed.warnings,
        unitCount: parsed.unitCount,
        createdBy: actor.userId,
        shortTitle: shortTitle(title),
      });
      const tree = buildProvisionTree(parsed);
      await regulations.insertProvisions(regulationId, tree.nodes);
      await insertDraftObligations(obligations, actor, regulationId, planned, tree);
      await regulations.recordCurrentVersion(regulationId, null, actor.userId);
      return regulationId;
    });
    return { id, title, jurisdiction, unitCount: parsed.unitCount, obligationCount: planned.length, unresolvedSubjects };
  }
}

/** The jurisdiction's top government (no parent): the lead body where the text names no actor. */
function topGovernment(bodies: readonly { id: string; kind: string; parentId: string | null }[]) {
  return bodies.find((b) => b.kind === 'government' && b.parentId === null);
}
