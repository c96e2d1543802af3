import type { ObligationStatus, TransitionAction } from '@luyue/contracts';
import { type Actor, type ObligationParties, capabilitiesOf } from '../access/actor';
import { ForbiddenActionError, LeadBodyRequiredError, ReasonRequiredError, StaleVersionError, TransitionNotAllowedError } from '../errors/domain-error';
import { type TransitionRule, findTransition } from './transition-table';

export interface TransitionSubject extends ObligationParties {
  status: ObligationStatus;
  version: number;
}

export interface TransitionInput {
  obligation: TransitionSubject;
  to: ObligationStatus;
  actor: Actor;
  note?: string | null;
  /** The version the client saw (TransitionRequest.version). */
  expectedVersion: number;
}

/** What the API must persist: set status/version on the row and append the event. */
export interface TransitionPlan {
  eventType: TransitionRule['eventType'];
  action: TransitionAction;
  from: ObligationStatus;
  to: ObligationStatus;
  /** Trimmed note, or null when none was given. */
  note: string | null;
  actorUserId: string;
  /** Write with `WHERE version = expectedVersion` to close the race window. */
  nextVersion: number;
}

/**
 * Validates one status change and returns what to write, or throws:
 * 409 StaleVersionError, 422 TransitionNotAllowedError, 403 ForbiddenActionError,
 * 400 ReasonRequiredError, 422 LeadBodyRequiredError (checked in that order).
 */
export function planTransition(input: TransitionInput): TransitionPlan {
  const { obligation, to, actor, expectedVersion } = input;
  if (obligation.version !== expectedVersion) {
    throw new StaleVersionError(expectedVersion, obligation.version);
  }

  const transition = findTransition(obligation.status, to);
  if (!transition) throw new TransitionNotAllowedError(obligation.status, to);

  const capabilities = capabilitiesOf(obligation, actor);
  if (!transition.allowedFor.some((c) => capabilities.has(c))) {
    throw new ForbiddenActionError(transition.action, {
      requires: transition.allowedFor,
    });
  }

  const note = input.note?.trim() || null;
  if (transition.noteRequired && !note) {
    throw new ReasonRequiredError(transition.action);
  }
  if (transition.action === 'confirm' && obligation.leadBodyIds.length === 0) {
    throw new LeadBodyRequiredError();
  }

  return {
    eventType: transition.eventType,
    action: transition.action,
    from: obligation.status,
    to,
    note,
    actorUserId: actor.userId,
    nextVersion: obligation.version + 1,
  };
}
