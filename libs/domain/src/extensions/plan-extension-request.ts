import type { IsoDate, ObligationStatus } from '@luyue/contracts';
import { type Actor, type ObligationParties, isAdmin, isLeadStaff } from '../access/actor';
import { DuplicateError, ExtensionNotAllowedError, ForbiddenActionError, ReasonRequiredError, ValidationError } from '../errors/domain-error';
import { isOpen } from '../status/status-groups';
import { isIsoDate } from '../time/calendar-day';

export interface ExtensionRequestInput {
  obligation: ObligationParties & {
    status: ObligationStatus;
    dueDate: IsoDate | null;
  };
  actor: Actor;
  proposedDueDate: IsoDate;
  reason: string | null | undefined;
  today: IsoDate;
  /** True when the obligation already has a request awaiting decision. */
  hasPendingRequest: boolean;
}

/** Write an ExtensionRequest row (status 'pending') and an `extension_requested` event. */
export interface ExtensionRequestPlan {
  eventType: 'extension_requested';
  currentDueDate: IsoDate;
  proposedDueDate: IsoDate;
  reason: string;
  requestedByUserId: string;
}

/**
 * Lead-body staff (role staff, or an admin) ask to move the due date (申请延期);
 * managers decide requests instead of making them.
 * Throws 403 (not lead staff or admin), 400 (no reason, bad date, date not later),
 * 422 (not open, no due date, due date reached), 409 (a request is pending).
 */
export function planExtensionRequest(input: ExtensionRequestInput): ExtensionRequestPlan {
  const { obligation, actor, proposedDueDate, today } = input;
  if (!isAdmin(actor) && !isLeadStaff(obligation, actor)) throw new ForbiddenActionError('request an extension');

  const { dueDate, status } = obligation;
  if (!isOpen(status))
    throw new ExtensionNotAllowedError(`No extension at status ${status}`, {
      status,
    });
  if (dueDate === null) throw new ExtensionNotAllowedError('The obligation has no due date');
  // Must be asked for in time: on or after the due day it is too late.
  if (today >= dueDate)
    throw new ExtensionNotAllowedError('The due date has been reached', {
      dueDate,
      today,
    });
  if (input.hasPendingRequest) throw new DuplicateError('An extension request is already pending');

  const reason = input.reason?.trim();
  if (!reason) throw new ReasonRequiredError('request an extension');
  if (!isIsoDate(proposedDueDate))
    throw new ValidationError('proposedDueDate must be YYYY-MM-DD', {
      proposedDueDate,
    });
  if (proposedDueDate <= dueDate) {
    throw new ValidationError('The proposed due date must be after the current one', { dueDate, proposedDueDate });
  }

  return {
    eventType: 'extension_requested',
    currentDueDate: dueDate,
    proposedDueDate,
    reason,
    requestedByUserId: actor.userId,
  };
}
