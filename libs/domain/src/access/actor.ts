import type { Role } from '@luyue/contracts';

/**
 * Who is acting, as the API resolves it from the JWT and the body tree.
 * `scopeBodyIds` = the actor's own body plus all its descendant bodies;
 * a manager supervises obligations whose lead bodies fall in that scope.
 */
export interface Actor {
  userId: string;
  role: Role;
  bodyId: string | null;
  scopeBodyIds: readonly string[];
}

/** The bodies an obligation is assigned to: 牵头单位 (lead) and 配合单位 (co). */
export interface ObligationParties {
  leadBodyIds: readonly string[];
  coBodyIds: readonly string[];
}

/**
 * What an actor is to one obligation. Status-machine rows list the
 * capabilities that may perform them.
 * - lead_staff: a user with role staff whose body is a lead body (a manager of a
 *   lead body is `manager`, not `lead_staff`: managers supervise, staff do the work)
 * - manager: manager whose scope covers a lead body (that body or an ancestor)
 * - admin: role admin; may do everything
 */
export type Capability = 'lead_staff' | 'manager' | 'admin';

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';

/** Staff and managers act for a body and need one; an administrator may have none. */
export const roleNeedsBody = (role: Actor['role']): boolean => role !== 'admin';

const belongsTo = (actor: Actor, bodyIds: readonly string[]): boolean => actor.bodyId !== null && bodyIds.includes(actor.bodyId);

// A prefecture's scope holds hundreds of ids and a list page asks about each row's bodies several
// times: the scope as a set, built once per scope array (an actor's scope is never mutated).
const scopeSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Whether `bodyId` is in the actor's scope (own body and descendants). */
export function inScope(actor: Actor, bodyId: string): boolean {
  let set = scopeSets.get(actor.scopeBodyIds);
  if (!set) scopeSets.set(actor.scopeBodyIds, (set = new Set(actor.scopeBodyIds)));
  return set.has(bodyId);
}

/** A manager whose scope (own body + descendants) contains any of `bodyIds`. */
export function managesAnyOf(actor: Actor, bodyIds: readonly string[]): boolean {
  if (actor.role !== 'manager') return false;
  return bodyIds.some((id) => id === actor.bodyId || inScope(actor, id));
}

/** Belongs to a lead body, whatever the role (for viewing and progress reports). */
export const isLeadMember = (obligation: ObligationParties, actor: Actor): boolean => belongsTo(actor, obligation.leadBodyIds);

/**
 * Staff (role `staff`) of a lead body: the people who acknowledge, start, submit
 * and request extensions. Managers of the same body are supervisors, not workers.
 */
export const isLeadStaff = (obligation: ObligationParties, actor: Actor): boolean => actor.role === 'staff' && isLeadMember(obligation, actor);

export const isCoMember = (obligation: ObligationParties, actor: Actor): boolean => belongsTo(actor, obligation.coBodyIds);

export const isLeadManager = (obligation: ObligationParties, actor: Actor): boolean => managesAnyOf(actor, obligation.leadBodyIds);

/** All capabilities `actor` holds on `obligation` (may be empty). */
export function capabilitiesOf(obligation: ObligationParties, actor: Actor): ReadonlySet<Capability> {
  const capabilities = new Set<Capability>();
  if (isAdmin(actor)) capabilities.add('admin');
  if (isLeadManager(obligation, actor)) capabilities.add('manager');
  if (isLeadStaff(obligation, actor)) capabilities.add('lead_staff');
  return capabilities;
}
