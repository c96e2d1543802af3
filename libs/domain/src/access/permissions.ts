import { CLOSED_STATUSES, isOneOf, type IsoDate, type ObligationStatus } from '@luyue/contracts';
import { isActive, isOpen } from '../status/status-groups';
import { type Actor, type ObligationParties, inScope, isAdmin, isCoMember, isLeadManager, isLeadMember, isLeadStaff, managesAnyOf } from './actor';

// Yes/no checks for actions outside the status machine. The API turns a
// `false` into ForbiddenActionError (403); the UI uses them to hide buttons.

export interface ObligationAccessSubject extends ObligationParties {
  status: ObligationStatus;
}

const isUnpublished = (status: ObligationStatus): boolean => status === 'draft' || status === 'discarded';

/**
 * Admins see everything; drafts and discarded drafts are admin-only.
 * Otherwise: staff of a lead or co body, and managers whose scope covers one.
 */
export function canView(obligation: ObligationAccessSubject, actor: Actor): boolean {
  if (isAdmin(actor)) return true;
  if (isUnpublished(obligation.status)) return false;
  return (
    isLeadMember(obligation, actor) ||
    isCoMember(obligation, actor) ||
    // Staff and managers see what their body or any body below it leads or helps with.
    obligation.leadBodyIds.some((id) => inScope(actor, id)) ||
    obligation.coBodyIds.some((id) => inScope(actor, id))
  );
}

/**
 * Progress reports while the obligation is active (incl. submitted): staff of a lead or co body,
 * managers over one of them, admins. Staff of an ancestor body may view but not report.
 */
export function canReportProgress(obligation: ObligationAccessSubject, actor: Actor): boolean {
  if (!isActive(obligation.status) || !canView(obligation, actor)) return false;
  return isAdmin(actor) || isLeadMember(obligation, actor) || isCoMember(obligation, actor) || managesAnyOf(actor, [...obligation.leadBodyIds, ...obligation.coBodyIds]);
}

/**
 * Lead-body staff (role staff; and admins, who may do everything), while open and strictly before
 * the due date. Managers decide extensions rather than request them. planExtensionRequest gives
 * the reason when this is false.
 */
export function canRequestExtension(obligation: ObligationAccessSubject & { dueDate: IsoDate | null }, actor: Actor, today: IsoDate): boolean {
  return (isAdmin(actor) || isLeadStaff(obligation, actor)) && isOpen(obligation.status) && obligation.dueDate !== null && today < obligation.dueDate;
}

/** Managers whose scope covers a lead body, and admins. */
export function canDecideExtension(obligation: ObligationParties, actor: Actor): boolean {
  return isAdmin(actor) || isLeadManager(obligation, actor);
}

/** Change lead/co bodies or assignee: managers over a lead body, and admins. */
export function canReassign(obligation: ObligationParties, actor: Actor): boolean {
  return isAdmin(actor) || isLeadManager(obligation, actor);
}

/**
 * Edit the duty (wording, due date, lead/co bodies, assignee) one at a time or in a bulk edit:
 * whoever may reassign it, until it is closed (done, waived or discarded).
 */
export function canEditObligation(obligation: ObligationAccessSubject, actor: Actor): boolean {
  return canReassign(obligation, actor) && !isOneOf(CLOSED_STATUSES, obligation.status);
}

/** Upload regulations and run extraction. */
export const canImport = (actor: Actor): boolean => isAdmin(actor);
/** Confirm drafts (draft → pending). */
export const canConfirm = (actor: Actor): boolean => isAdmin(actor);
/** Discard drafts (draft → discarded). */
export const canDiscard = (actor: Actor): boolean => isAdmin(actor);
/** Map extracted subject names to bodies. */
export const canMapBodies = (actor: Actor): boolean => isAdmin(actor);
/** Read and change user accounts. */
export const canManageUsers = (actor: Actor): boolean => isAdmin(actor);
/** Read the administration events (user, body and regulation changes) of the audit trail. */
export const canReadAdministration = (actor: Actor): boolean => isAdmin(actor);
/** Read the notification outbox (who was sent what). */
export const canReadOutbox = (actor: Actor): boolean => isAdmin(actor);
/** Put a failed notification back to pending. */
export const canRetryNotifications = (actor: Actor): boolean => isAdmin(actor);
/** Hand one user's open items to another (POST /obligations/reassign): supervisors, not staff; which items still depends on canReassign. */
export const canHandOverWork = (actor: Actor): boolean => actor.role !== 'staff';
/** Choose the weekday of one's digest: managers receive the digest (and admins may set it for themselves). */
export const canChooseDigestDay = (actor: Actor): boolean => actor.role === 'manager' || isAdmin(actor);

/** What a write would assign: the new lead/co bodies and the assignee's body (when set). */
export interface AssignmentTarget {
  leadBodyIds?: readonly string[];
  coBodyIds?: readonly string[];
  /** The body of the user who would become assignee; null for a user without a body. */
  assigneeBodyId?: string | null;
}

/**
 * Bodies and assignees a manager sets must lie in the manager's subtree (own body and below), so
 * nobody can hand work, or divert its reminders, to a body they do not supervise. Admins: anywhere.
 * Staff never assign. Returns the ids outside the actor's reach (empty = allowed).
 */
export function assignmentOutsideScope(target: AssignmentTarget, actor: Actor): string[] {
  if (isAdmin(actor)) return [];
  const bodies = [...(target.leadBodyIds ?? []), ...(target.coBodyIds ?? [])];
  if (target.assigneeBodyId !== undefined) bodies.push(target.assigneeBodyId ?? 'no-body');
  if (actor.role !== 'manager') return bodies;
  return bodies.filter((id) => !inScope(actor, id));
}

/** True when the actor may assign every body and the assignee of `target`. */
export const canAssignTo = (target: AssignmentTarget, actor: Actor): boolean => assignmentOutsideScope(target, actor).length === 0;

/** A body's notification channels (group robots): admins, and managers whose scope covers the body. */
export const canConfigureChannels = (actor: Actor, bodyId: string): boolean => isAdmin(actor) || (actor.role === 'manager' && (actor.bodyId === bodyId || inScope(actor, bodyId)));
