import { createHash, randomUUID } from 'node:crypto';
import type { ImportPreviewDto, ImportedRegulationDto, RegulationKind } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, ValidationError, canImport } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { BodyRepository } from '../bodies/body.repository';
import { planObligations } from './plan-obligations';
import { insertDraftObligations, insertProvisions, insertVersion } from './regulation-rows';
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

/** The saved import and its preview (dryRun), as the api answers them. */
export type ImportedRegulation = ImportedRegulationDto;
export type ImportPreview = ImportPreviewDto;

export type { PlannedObligation } from './plan-obligations';

/**
 * POST /regulations/import: parse → extract → regulation, provision tree and draft obligations in one
 * transaction (or a preview with dryRun). The same file twice is a 409 naming the existing regulation.
 */
export class ImportRegulationUseCase {
  private readonly bodies = new BodyRepository();
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

    const m = this.ctx.ds.manager;
    const { bodies, planned, unresolvedSubjects } = await planObligations(m, this.ctx.jurisdictionBodies, jurisdiction, extraction, meta.effectiveDate);

    if (command.dryRun) {
      const ocr = parsed.ocr ? { ocr: parsed.ocr } : {};
      return { document: { ...meta, jurisdiction, kind, unitCount: parsed.unitCount, warnings: parsed.warnings, ...ocr }, units: parsed.units, obligations: planned, unresolvedSubjects } satisfies ImportPreviewDto;
    }

    let defaultLeadBodyId = command.defaultLeadBodyId || null;
    if (defaultLeadBodyId) await this.bodies.assertExist(m, [defaultLeadBodyId]);
    else defaultLeadBodyId = topGovernment(bodies)?.id ?? null;

    const id = await this.ctx.ds.transaction(async (tx) => {
      const [existing] = await tx.query('SELECT id FROM regulations WHERE source_sha256 = $1', [sha256]);
      if (existing) throw new DuplicateError(`This file was already imported as regulation ${existing.id}`, { id: existing.id });
      const regulationId = randomUUID();
      await tx.query(
        `INSERT INTO regulations (id, title, document_number, issuer, jurisdiction, kind, unit, adopted_on, published_on, effective_date,
           source_file_name, source_format, source_sha256, raw_text, text, default_lead_body_id, aliases, warnings, unit_count, created_by, short_title)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17::jsonb,$18::jsonb,$19,$20,$21)`,
        [
          regulationId, title, meta.documentNumber, meta.issuer, jurisdiction, kind, meta.unit, meta.adoptedOn, meta.publishedOn, meta.effectiveDate,
          command.fileName, format, sha256, command.text ?? parsed.text, parsed.text, defaultLeadBodyId,
          JSON.stringify(extraction.aliases), JSON.stringify(parsed.warnings), parsed.unitCount, actor.userId, shortTitle(title),
        ],
      ).catch((error: { code?: string }) => {
        // A concurrent import of the same file lost the race on the unique index.
        if (error.code === '23505') throw new DuplicateError('This file was already imported', {});
        throw error;
      });
      const tree = buildProvisionTree(parsed);
      await insertProvisions(tx, regulationId, tree.nodes);
      await insertDraftObligations(tx, actor, regulationId, planned, tree);
      await insertVersion(tx, {
        regulationId, version: 1, title, documentNumber: meta.documentNumber, issuer: meta.issuer, adoptedOn: meta.adoptedOn, publishedOn: meta.publishedOn,
        effectiveDate: meta.effectiveDate, sourceFileName: command.fileName, sourceFormat: format, sourceSha256: sha256, rawText: command.text ?? parsed.text,
        text: parsed.text, unitCount: parsed.unitCount, summary: null, createdBy: actor.userId,
      });
      return regulationId;
    });
    return { id, title, jurisdiction, unitCount: parsed.unitCount, obligationCount: planned.length, unresolvedSubjects };
  }
}

/** The jurisdiction's top government (no parent): the lead body where the text names no actor. */
function topGovernment(bodies: readonly { id: string; kind: string; parentId: string | null }[]) {
  return bodies.find((b) => b.kind === 'government' && b.parentId === null);
}
