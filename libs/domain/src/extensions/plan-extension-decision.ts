import type { ExtensionStatus, IsoDate, ObligationStatus } from '@luyue/contracts';
import { type Actor, type ObligationParties } from '../access/actor';
import { canDecideExtension } from '../access/permissions';
import { isActive } from '../status/status-groups';
import { ExtensionNotAllowedError, ForbiddenActionError, ReasonRequiredError } from '../errors/domain-error';

export interface ExtensionDecisionInput {
  obligation: ObligationParties & { dueDate: IsoDate | null; status: ObligationStatus };
  request: { status: ExtensionStatus; proposedDueDate: IsoDate };
  actor: Actor;
  approve: boolean;
  /** Optional when approving; required when refusing (the requester is told why). */
  note?: string | null;
}

/**
 * Set the request's status; when approved also set the obligation's due date
 * to `newDueDate` (and bump its version). The event keeps both dates.
 */
export interface ExtensionDecisionPlan {
  eventType: 'extension_decided';
  decision: Exclude<ExtensionStatus, 'pending'>;
  previousDueDate: IsoDate | null;
  /** The due date after the decision (unchanged when refused). */
  newDueDate: IsoDate | null;
  note: string | null;
  decidedByUserId: string;
}

/** A manager over a lead body (or an admin) approves or refuses a pending request of an obligation still active. */
export function planExtensionDecision(input: ExtensionDecisionInput): ExtensionDecisionPlan {
  const { obligation, request, actor, approve } = input;
  if (!canDecideExtension(obligation, actor)) throw new ForbiddenActionError('decide an extension');
  if (request.status !== 'pending') {
    throw new ExtensionNotAllowedError(`The request is already ${request.status}`, { status: request.status });
  }

  // Decided while the work is not signed off (submitted included); a done or waived record keeps
  // the due date it was closed against.
  if (!isActive(obligation.status)) {
    throw new ExtensionNotAllowedError(`No extension decision at status ${obligation.status}`, { status: obligation.status });
  }

  const note = input.note?.trim() || null;
  if (!approve && !note) throw new ReasonRequiredError('refuse an extension');

  return {
    eventType: 'extension_decided',
    decision: approve ? 'approved' : 'refused',
    previousDueDate: obligation.dueDate,
    newDueDate: approve ? request.proposedDueDate : obligation.dueDate,
    note,
    decidedByUserId: actor.userId,
  };
}
