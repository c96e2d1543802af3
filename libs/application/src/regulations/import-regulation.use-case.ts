import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RegulationKind } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, type TimingHint, ValidationError, canImport, scheduleFromHint } from '@luyue/domain';
import type { Obligation as ExtractedObligation, Timing } from '@luyue/obligation-extractor';
import type { AppContext } from '../shared/app-context';
import { BodyRepository } from '../bodies/body.repository';
import { bodyResolver } from '../bodies/body-resolution';
import { searchTokens } from '../search/search-tokens';
import { SqlParams } from '../shared/sql';
import { ObligationRepository } from '../obligations/obligation.repository';
import { guessJurisdiction, guessRegulationKind } from './jurisdiction-guess';
import { type RegulationSource, isRegulationKind, parseRegulation } from './regulation-pipeline';
import { buildProvisionTree } from './provision-tree';

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

export interface PlannedObligation extends ExtractedObligation {
  title: string;
  leadBodyIds: string[];
  coBodyIds: string[];
  unresolvedSubjects: string[];
  dueDate: string | null;
  recurrence: string;
}

export interface ImportPreview {
  document: Record<string, unknown>;
  units: unknown[];
  obligations: PlannedObligation[];
  unresolvedSubjects: string[];
}

const TITLE_CHARS = 40;

function titleOf(o: ExtractedObligation): string {
  const where = o.article !== null ? `第${o.article}条${o.paragraph > 1 ? `第${o.paragraph}款` : ''}${o.item ? `第${o.item}项` : ''} ` : '';
  const text = o.text.replace(/\s+/g, '');
  return `${where}${text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS)}…` : text}`;
}

function hintOf(timing: Timing): TimingHint | null {
  if (timing.kind === 'recurring' && timing.every) return { kind: 'recurring', every: timing.every };
  if (timing.kind === 'deadline') return timing;
  return null;
}

/**
 * POST /regulations/import: parse → extract → regulation, provision tree and draft obligations in one
 * transaction (or a preview with dryRun). The same file twice is a 409 naming the existing regulation.
 */
export class ImportRegulationUseCase {
  private readonly bodies = new BodyRepository();
  private readonly obligations = new ObligationRepository();
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
    const bodies = await this.bodies.inJurisdiction(m, jurisdiction);
    const resolver = bodyResolver(bodies, jurisdiction, extraction.aliases);
    const planned: PlannedObligation[] = extraction.obligations.map((o) => {
      const lead = resolver.resolve(o.subjects);
      const co = resolver.resolve(o.co);
      const schedule = scheduleFromHint(hintOf(o.timing), meta.effectiveDate);
      return {
        ...o,
        title: titleOf(o),
        leadBodyIds: lead.bodyIds,
        coBodyIds: co.bodyIds.filter((id) => !lead.bodyIds.includes(id)),
        unresolvedSubjects: [...new Set([...lead.unresolved, ...co.unresolved])],
        // A plan's own deadline (`2026年6月底前`, `完成时限：…`) wins over one derived from timing.
        dueDate: o.due ?? schedule.dueDate,
        recurrence: schedule.recurrence,
      };
    });
    const unresolvedSubjects = [...new Set(planned.flatMap((o) => o.unresolvedSubjects))];

    if (command.dryRun) {
      return { document: { ...meta, jurisdiction, kind, unitCount: parsed.unitCount, warnings: parsed.warnings }, units: parsed.units, obligations: planned, unresolvedSubjects };
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
           source_file_name, source_format, source_sha256, raw_text, text, default_lead_body_id, aliases, warnings, unit_count, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17::jsonb,$18::jsonb,$19,$20)`,
        [
          regulationId, title, meta.documentNumber, meta.issuer, jurisdiction, kind, meta.unit, meta.adoptedOn, meta.publishedOn, meta.effectiveDate,
          command.fileName, format, sha256, command.text ?? parsed.text, parsed.text, defaultLeadBodyId,
          JSON.stringify(extraction.aliases), JSON.stringify(parsed.warnings), parsed.unitCount, actor.userId,
        ],
      ).catch((error: { code?: string }) => {
        // A concurrent import of the same file lost the race on the unique index.
        if (error.code === '23505') throw new DuplicateError('This file was already imported', {});
        throw error;
      });
      const tree = buildProvisionTree(parsed);
      await insertProvisions(tx, regulationId, tree.nodes);
      await this.insertObligations(tx, actor, regulationId, planned, tree);
      return regulationId;
    });
    return { id, title, jurisdiction, unitCount: parsed.unitCount, obligationCount: planned.length, unresolvedSubjects };
  }

  private async insertObligations(tx: EntityManager, actor: Actor, regulationId: string, planned: PlannedObligation[], tree: ReturnType<typeof buildProvisionTree>) {
    const ids = planned.map(() => randomUUID());
    for (let start = 0; start < planned.length; start += 200) {
      const params = new SqlParams();
      const values = planned.slice(start, start + 200).map((o, i) => {
        const provision = tree.find(o.article, o.article === null ? null : o.paragraph, o.item, o.subitem);
        const row = [
          ids[start + i], regulationId, provision?.id ?? null, o.article, o.paragraph, o.item, o.subitem, o.text, o.title, o.modality, o.mechanism,
          o.subjects, o.co, o.unresolvedSubjects, o.leadBodyIds, o.coBodyIds, 'draft', o.dueDate, o.recurrence, o.confidence,
          JSON.stringify(o.timing), 'extracted', searchTokens(o.text, provision?.text),
        ];
        return `(${row.map((v) => params.add(v)).join(', ')})`;
      });
      await tx.query(
        `INSERT INTO obligations (id, regulation_id, provision_id, article, paragraph, item, subitem, text, title, modality, mechanism,
           subjects, co_subjects, unresolved_subjects, lead_body_ids, co_body_ids, status, due_date, recurrence, confidence, timing, origin, search_tokens)
         VALUES ${values.join(', ')}`,
        params.values,
      );
    }
    await this.obligations.addEvents(
      tx,
      ids.map((id) => ({ obligationId: id, type: 'created' as const, toStatus: 'draft' as const, actorId: actor.userId, data: { regulationId } })),
    );
  }
}

/** The jurisdiction's top government (no parent): the lead body where the text names no actor. */
function topGovernment(bodies: { id: string; kind: string; parentId: string | null }[]) {
  return bodies.find((b) => b.kind === 'government' && b.parentId === null);
}

async function insertProvisions(tx: EntityManager, regulationId: string, nodes: ReturnType<typeof buildProvisionTree>['nodes']): Promise<void> {
  for (let start = 0; start < nodes.length; start += 300) {
    const params = new SqlParams();
    const values = nodes.slice(start, start + 300).map((n) => {
      const row = [n.id, regulationId, n.parentId, n.level, n.path, n.heading, n.article, n.suffix, n.paragraph, n.item, n.subitem, n.text, n.startOffset, n.endOffset, n.ordinal];
      return `(${row.map((v) => params.add(v)).join(', ')})`;
    });
    await tx.query(
      `INSERT INTO provisions (id, regulation_id, parent_id, level, path, heading, article, suffix, paragraph, item, subitem, text, start_offset, end_offset, ordinal) VALUES ${values.join(', ')}`,
      params.values,
    );
  }
}
