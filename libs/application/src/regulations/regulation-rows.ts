import { randomUUID } from 'node:crypto';
import type { Actor } from '@luyue/domain';
import { documentSearchTokens } from '../search/search-tokens';
import type { NewObligation, ObligationRepository } from '../obligations/obligation.repository';
import type { PlannedObligation } from './plan-obligations';
import type { buildProvisionTree } from './provision-tree';

// The draft obligations of an import or a version import, with their `created` events.

type Tree = ReturnType<typeof buildProvisionTree>;

/** Rows computed between two yields to the event loop. */
const ROWS_PER_SLICE = 16;

/**
 * The draft rows of `planned` (ids, provisions and search tokens). It yields to the event loop
 * every few rows, so statements already queued on the connection are sent and run in the
 * database meanwhile.
 */
export async function draftObligationRows(regulationId: string, planned: PlannedObligation[], tree: Tree): Promise<NewObligation[]> {
  const searchTokens = documentSearchTokens();
  const rows: NewObligation[] = [];
  for (const o of planned) {
    if (rows.length % ROWS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    const provision = tree.find(o.article, o.article === null ? null : o.paragraph, o.item, o.subitem);
    rows.push({
      id: randomUUID(),
      regulationId,
      provisionId: provision?.id ?? null,
      article: o.article,
      paragraph: o.paragraph,
      item: o.item,
      subitem: o.subitem,
      text: o.text,
      title: o.title,
      modality: o.modality,
      mechanism: o.mechanism,
      subjects: o.subjects,
      coSubjects: o.co,
      unresolvedSubjects: o.unresolvedSubjects,
      leadBodyIds: o.leadBodyIds,
      coBodyIds: o.coBodyIds,
      status: 'draft' as const,
      dueDate: o.dueDate,
      recurrence: o.recurrence as NewObligation['recurrence'],
      confidence: o.confidence,
      timing: o.timing,
      origin: 'extracted' as const,
      searchTokens: searchTokens(o.text, provision?.text),
    });
  }
  return rows;
}

/** Draft rows with their `created` events (data `eventData` plus the regulation id); answers their ids. */
export async function insertDraftRows(obligations: ObligationRepository, actor: Actor, regulationId: string, rows: NewObligation[], eventData: Record<string, unknown> = {}): Promise<string[]> {
  const ids = await obligations.insert(rows);
  await obligations.addEvents(ids.map((id) => ({ obligationId: id, type: 'created' as const, toStatus: 'draft' as const, actorId: actor.userId, data: { regulationId, ...eventData } })));
  return ids;
}

/** Drafts with their `created` events (data `eventData` plus the regulation id); answers their ids. */
export async function insertDraftObligations(
  obligations: ObligationRepository,
  actor: Actor,
  regulationId: string,
  planned: PlannedObligation[],
  tree: Tree,
  eventData: Record<string, unknown> = {},
): Promise<string[]> {
  return insertDraftRows(obligations, actor, regulationId, await draftObligationRows(regulationId, planned, tree), eventData);
}
