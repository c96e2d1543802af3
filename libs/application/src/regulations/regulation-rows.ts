import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@luyue/domain';
import { documentSearchTokens } from '../search/search-tokens';
import { SqlParams } from '../shared/sql';
import { ObligationRepository } from '../obligations/obligation.repository';
import type { PlannedObligation } from './plan-obligations';
import type { buildProvisionTree } from './provision-tree';

// Bulk inserts shared by the import and the version import: a provision tree, its draft obligations.

type Tree = ReturnType<typeof buildProvisionTree>;

export async function insertProvisions(tx: EntityManager, regulationId: string, nodes: Tree['nodes'], version = 1): Promise<void> {
  for (let start = 0; start < nodes.length; start += 300) {
    const params = new SqlParams();
    const values = nodes.slice(start, start + 300).map((n) => {
      const row = [n.id, regulationId, n.parentId, n.level, n.path, n.heading, n.article, n.suffix, n.paragraph, n.item, n.subitem, n.text, n.startOffset, n.endOffset, n.ordinal, version];
      return `(${row.map((v) => params.add(v)).join(', ')})`;
    });
    await tx.query(
      `INSERT INTO provisions (id, regulation_id, parent_id, level, path, heading, article, suffix, paragraph, item, subitem, text, start_offset, end_offset, ordinal, version) VALUES ${values.join(', ')}`,
      params.values,
    );
  }
}

/** Drafts with their `created` events (data `eventData` plus the regulation id); answers their ids. */
export async function insertDraftObligations(tx: EntityManager, actor: Actor, regulationId: string, planned: PlannedObligation[], tree: Tree, eventData: Record<string, unknown> = {}): Promise<string[]> {
  const ids = planned.map(() => randomUUID());
  const searchTokens = documentSearchTokens();
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
  await new ObligationRepository().addEvents(
    tx,
    ids.map((id) => ({ obligationId: id, type: 'created' as const, toStatus: 'draft' as const, actorId: actor.userId, data: { regulationId, ...eventData } })),
  );
  return ids;
}

export interface VersionRow {
  regulationId: string;
  version: number;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  adoptedOn: string | null;
  publishedOn: string | null;
  effectiveDate: string | null;
  sourceFileName: string;
  sourceFormat: string;
  sourceSha256: string;
  rawText: string;
  text: string;
  unitCount: number;
  summary: unknown;
  createdBy: string;
}

export async function insertVersion(tx: EntityManager, v: VersionRow): Promise<void> {
  await tx.query(
    `INSERT INTO regulation_versions (regulation_id, version, title, document_number, issuer, adopted_on, published_on, effective_date,
       source_file_name, source_format, source_sha256, raw_text, text, unit_count, summary, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15::jsonb,$16)`,
    [v.regulationId, v.version, v.title, v.documentNumber, v.issuer, v.adoptedOn, v.publishedOn, v.effectiveDate, v.sourceFileName, v.sourceFormat, v.sourceSha256, v.rawText, v.text, v.unitCount, v.summary === null ? null : JSON.stringify(v.summary), v.createdBy],
  );
}
