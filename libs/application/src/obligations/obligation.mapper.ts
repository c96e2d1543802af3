import { type Actor, allowedTransitions, isOverdue, obligationPermissions, trafficLight } from '@luyue/domain';
import type { IsoDate } from '@luyue/contracts';
import type { ObligationRow, ObligationView } from './obligation.types';

export interface DerivationContext {
  actor: Actor;
  today: IsoDate;
  yellowDays: number;
}

/** Row → API item. Light, overdue and the actor's buttons are derived here, never stored. */
export function toObligationView(row: ObligationRow, ctx: DerivationContext): ObligationView {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    light: trafficLight(row.dueDate, row.status, ctx.today, ctx.yellowDays),
    overdue: isOverdue(row.dueDate, row.status, ctx.today),
    leadBodyIds: row.leadBodyIds,
    coBodyIds: row.coBodyIds,
    assigneeId: row.assigneeId,
    dueDate: row.dueDate,
    regulationId: row.regulationId,
    regulationTitle: row.regulationTitle,
    regulationShortTitle: row.regulationShortTitle,
    provisionId: row.provisionId,
    article: row.article,
    paragraph: row.paragraph,
    item: row.item,
    subitem: row.subitem,
    text: row.text,
    title: row.title,
    modality: row.modality,
    mechanism: row.mechanism,
    recurrence: row.recurrence,
    priority: row.priority,
    confidence: row.confidence,
    origin: row.origin,
    subjects: row.subjects,
    coSubjects: row.coSubjects,
    unresolvedSubjects: row.unresolvedSubjects,
    previousId: row.previousId,
    sourceChanged: row.sourceChanged,
    sourceRemoved: row.sourceRemoved,
    amendedText: row.amendedText,
    latestProgress: row.latestProgress && row.latestProgressAt ? { note: row.latestProgress, reportedAt: row.latestProgressAt, reportedByUserId: row.latestProgressBy ?? '' } : null,
    allowedTransitions: allowedTransitions(row, ctx.actor),
    can: obligationPermissions(row, ctx.actor, ctx.today),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
