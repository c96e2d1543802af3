import { randomUUID } from 'node:crypto';
import type { Actor } from '@luyue/domain';
import { documentSearchTokens } from '../search/search-tokens';
import type { NewObligation, ObligationRepository } from '../obligations/obligation.repository';
import type { PlannedObligation } from './plan-obligations';
import type { buildProvisionTree } from './provision-tree';

// The draft obligations of an import or a version import, with their `created` events.

type Tree = ReturnType<typeof buildProvisionTree>;

/** Drafts with their `created` events (data `eventData` plus the regulation id); answers their ids. */
export async function insertDraftObligations(
  obligations: ObligationRepository,
  actor: Actor,
  regulationId: string,
  planned: PlannedObligation[],
  tree: Tree,
  eventData: Record<string, unknown> = {},
): Promise<string[]> {
  const searchTokens = documentSearchTokens();
  const ids = await obligations.insert(
    planned.map((o) => {
      const provision = tree.find(o.article, o.article === null ? null : o.paragraph, o.item, o.subitem);
      return {
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
      };
    }),
  );
  await obligations.addEvents(ids.map((id) => ({ obligationId: id, type: 'created' as const, toStatus: 'draft' as const, actorId: actor.userId, data: { regulationId, ...eventData } })));
  return ids;
}
