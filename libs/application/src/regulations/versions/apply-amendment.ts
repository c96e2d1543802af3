import type { EntityManager } from 'typeorm';
import type { Actor } from '@luyue/domain';
import type { ObligationChange } from '@luyue/regulation-diff';
import { SqlParams } from '../../shared/sql';
import { ObligationRepository } from '../../obligations/obligation.repository';
import type { PlannedObligation } from '../plan-obligations';
import type { buildProvisionTree } from '../provision-tree';
import { insertDraftObligations } from '../regulation-rows';
import { type AmendmentReport, isReported } from './amendment-report';
import type { CurrentObligation } from './version-sources';

// The writes of an applied amendment (inside the caller's transaction): every current obligation
// points at its provision in the new tree (or is flagged), gets its audit event, and the new duties
// become drafts.

type Tree = ReturnType<typeof buildProvisionTree>;

interface ObligationUpdate {
  id: string;
  /** Null: keep the current one (a removed duty keeps pointing into the old tree, which stays). */
  provisionId: string | null;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
  title: string;
  sourceChanged: boolean;
  sourceRemoved: boolean;
  amendedText: string | null;
}

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

export async function applyAmendment(tx: EntityManager, w: AmendmentWrite): Promise<void> {
  const units = w.tree.nodes.filter((n) => n.level === 'unit');
  const byObligation = new Map(w.report.obligations.map((r) => [r.obligationId, r]));
  const updates: ObligationUpdate[] = [];
  for (const c of w.changes) {
    const o = w.oldObligations[c.from];
    if (!isReported(o) || (c.change === 'unchanged' && c.toProvision === null)) continue;
    updates.push(updateFor(o, c, units, w));
  }
  await updateObligations(tx, updates);

  const events = w.report.obligations
    .filter((r) => r.change !== 'unchanged')
    .map((r) => ({
      obligationId: r.obligationId,
      type: 'source_amended' as const,
      actorId: w.actor.userId,
      note: NOTE[r.change](r.fromArticle, r.toArticle),
      data: { regulationId: w.regulationId, fromVersion: w.report.fromVersion, toVersion: w.report.toVersion, ...byObligation.get(r.obligationId) },
    }));
  await new ObligationRepository().addEvents(tx, events);

  const drafts = w.added.map((n) => w.planned[n]);
  if (drafts.length) await insertDraftObligations(tx, w.actor, w.regulationId, drafts, w.tree, { version: w.report.toVersion, amendment: true });
}

function updateFor(o: CurrentObligation, c: ObligationChange, units: Tree['nodes'], w: AmendmentWrite): ObligationUpdate {
  if (c.change === 'removed' || c.toProvision === null) {
    return { id: o.id, provisionId: null, article: o.article, paragraph: o.paragraph, item: o.item, subitem: null, title: o.title, sourceChanged: false, sourceRemoved: c.change === 'removed', amendedText: null };
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

/** One UPDATE … FROM (VALUES …) per 200 obligations. */
async function updateObligations(tx: EntityManager, updates: ObligationUpdate[]): Promise<void> {
  for (let start = 0; start < updates.length; start += 200) {
    const params = new SqlParams();
    const rows = updates.slice(start, start + 200).map(
      (u) => `(${params.add(u.id)}::uuid, ${params.add(u.provisionId)}::uuid, ${params.add(u.article)}::int,
        ${params.add(u.paragraph)}::int, ${params.add(u.item)}::int, ${params.add(u.subitem)}::int, ${params.add(u.title)}::text,
        ${params.add(u.sourceChanged)}::boolean, ${params.add(u.sourceRemoved)}::boolean, ${params.add(u.amendedText)}::text)`,
    );
    await tx.query(
      `UPDATE obligations o SET
         provision_id = coalesce(v.provision_id, o.provision_id),
         article = v.article, paragraph = v.paragraph, item = v.item, subitem = v.subitem, title = v.title,
         source_changed = v.source_changed, source_removed = v.source_removed, amended_text = v.amended_text,
         version = o.version + 1, updated_at = now()
       FROM (VALUES ${rows.join(', ')}) AS v(id, provision_id, article, paragraph, item, subitem, title, source_changed, source_removed, amended_text)
       WHERE o.id = v.id`,
      params.values,
    );
  }
}
