import type { Actor } from '@luyue/domain';
import type { ObligationChange } from '@luyue/regulation-diff';
import type { Repositories } from '../../shared/repositories';
import type { ObligationRepointing } from '../../obligations/obligation.repository';
import type { PlannedObligation } from '../plan-obligations';
import type { buildProvisionTree } from '../provision-tree';
import { insertDraftObligations } from '../regulation-rows';
import { type AmendmentReport, isReported } from './amendment-report';
import type { CurrentObligation } from '../regulation.repository';

// The writes of an applied amendment (inside the caller's transaction): every current obligation
// points at its provision in the new tree (or is flagged), gets its audit event, and the new duties
// become drafts.

type Tree = ReturnType<typeof buildProvisionTree>;

export interface AmendmentWrite {
  actor: Actor;
  regulationId: string;
  report: AmendmentReport;
  changes: ObligationChange[];
  oldObligations: CurrentObligation[];
  tree: Tree;
  planned: PlannedObligation[];
  added: number[];
}

const NOTE: Record<string, (from: number | null, to: number | null) => string> = {
  moved: (from, to) => `条款调整 第${from}条 → 第${to}条`,
  modified: (from, to) => (from === to ? `条款已修改 第${from}条` : `条款已修改 第${from}条 → 第${to}条`),
  removed: (from) => `条款已删除 第${from}条`,
};

export async function applyAmendment(repos: Pick<Repositories, 'obligations'>, w: AmendmentWrite): Promise<void> {
  const units = w.tree.nodes.filter((n) => n.level === 'unit');
  const byObligation = new Map(w.report.obligations.map((r) => [r.obligationId, r]));
  const updates: ObligationRepointing[] = [];
  for (const c of w.changes) {
    const o = w.oldObligations[c.from];
    if (!isReported(o) || (c.change === 'unchanged' && c.toProvision === null)) continue;
    updates.push(updateFor(o, c, units, w));
  }
  await repos.obligations.repoint(updates);

  const events = w.report.obligations
    .filter((r) => r.change !== 'unchanged')
    .map((r) => ({
      obligationId: r.obligationId,
      type: 'source_amended' as const,
      actorId: w.actor.userId,
      note: NOTE[r.change](r.fromArticle, r.toArticle),
      data: { regulationId: w.regulationId, fromVersion: w.report.fromVersion, toVersion: w.report.toVersion, ...byObligation.get(r.obligationId) },
    }));
  await repos.obligations.addEvents(events);

  const drafts = w.added.map((n) => w.planned[n]);
  if (drafts.length) await insertDraftObligations(repos.obligations, w.actor, w.regulationId, drafts, w.tree, { version: w.report.toVersion, amendment: true });
}

function updateFor(o: CurrentObligation, c: ObligationChange, units: Tree['nodes'], w: AmendmentWrite): ObligationRepointing {
  if (c.change === 'removed' || c.toProvision === null) {
    return {
      id: o.id,
      provisionId: null,
      article: o.article,
      paragraph: o.paragraph,
      item: o.item,
      subitem: null,
      title: o.title,
      sourceChanged: false,
      sourceRemoved: c.change === 'removed',
      amendedText: null,
    };
  }
  const unit = units[c.toProvision];
  const claimed = c.toObligation === null ? null : w.planned[c.toObligation];
  const node = claimed ? (w.tree.find(claimed.article, claimed.paragraph, claimed.item, claimed.subitem) ?? unit) : unit;
  const report = w.report.obligations.find((r) => r.obligationId === o.id);
  return {
    id: o.id,
    provisionId: node.id,
    article: unit.article,
    paragraph: claimed?.paragraph ?? o.paragraph,
    item: claimed ? claimed.item : o.item,
    subitem: claimed ? claimed.subitem : null,
    title: retitle(o.title, o.article, unit.article),
    sourceChanged: c.change === 'modified',
    sourceRemoved: false,
    amendedText: c.change === 'modified' ? (report?.toText ?? null) : null,
  };
}

/** A title that starts with the old article number follows the renumbering. */
function retitle(title: string, from: number | null, to: number | null): string {
  if (from === null || to === null || from === to) return title;
  const label = `第${from}条`;
  return title.startsWith(label) ? `第${to}条${title.slice(label.length)}` : title;
}
