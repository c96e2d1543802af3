import type { AddedObligationReport, AmendmentReport, ArticleChangeReport, ObligationChangeReport } from '@luyue/contracts';
import { type VersionDiff, diffChars } from '@luyue/regulation-diff';
import type { PlannedObligation } from '../plan-obligations';
import type { ProvisionNode } from '../provision-tree';
import type { CurrentObligation, CurrentUnit } from '../regulation.repository';

// The dry-run report of POST /regulations/:id/versions, from the alignment of the two versions
// (its shape is the contract in @luyue/contracts).
export type { AmendmentReport } from '@luyue/contracts';

export interface AmendmentInputs {
  regulationId: string;
  fromVersion: number;
  oldUnits: CurrentUnit[];
  oldObligations: CurrentObligation[];
  newUnits: ProvisionNode[];
  planned: PlannedObligation[];
  diff: VersionDiff;
}

/** Obligations in the report and the apply: all but discarded drafts. */
export const isReported = (o: CurrentObligation) => o.status !== 'discarded';

export function amendmentReport(input: AmendmentInputs): AmendmentReport {
  const { oldUnits, oldObligations, newUnits, planned, diff } = input;
  const obligations = diff.obligations
    .filter((c) => isReported(oldObligations[c.from]))
    .map((c): ObligationChangeReport => {
      const o = oldObligations[c.from];
      const unit = c.toProvision === null ? null : newUnits[c.toProvision];
      const claimed = c.toObligation === null ? null : planned[c.toObligation];
      const toText = c.change === 'removed' ? null : c.change === 'modified' ? (claimed?.text ?? unit?.text ?? null) : (claimed?.text ?? o.text);
      return { obligationId: o.id, change: c.change, fromArticle: o.article, toArticle: c.change === 'removed' ? null : (unit?.article ?? o.article), fromText: o.text, toText };
    });
  const added = diff.added.map((n): AddedObligationReport => {
    const o = planned[n];
    return { article: o.article, item: o.item, text: o.text, modality: o.modality, subjects: o.subjects, co: o.co, due: o.dueDate };
  });
  const articles = diff.provisions.flatMap((p): ArticleChangeReport[] => {
    if (p.change === 'unchanged') return [];
    const before = p.from === null ? null : oldUnits[p.from];
    const after = p.to === null ? null : newUnits[p.to];
    return [
      {
        change: p.change,
        fromArticle: before?.article ?? null,
        fromSuffix: before?.suffix ?? null,
        toArticle: after?.article ?? null,
        toSuffix: after?.suffix ?? null,
        fromText: before?.text ?? null,
        toText: after?.text ?? null,
        diff: p.change === 'modified' && before && after ? diffChars(before.text, after.text) : null,
      },
    ];
  });
  return { regulationId: input.regulationId, fromVersion: input.fromVersion, toVersion: input.fromVersion + 1, provisions: diff.counts, obligations, added, articles };
}
