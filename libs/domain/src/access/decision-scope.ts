import { isAdmin, type Actor } from './actor';

/**
 * Whose decisions fall to `actor` — the 复核 of submitted work and extension requests: an admin's
 * are all; a manager's those of duties led by a body of their tree; staff decide nothing. It is
 * the set form of canDecideExtension / the verify rule, for selecting work lists in SQL.
 */
export function decisionScope(actor: Actor): { all: true } | { all: false; leadBodyIds: string[] } {
  if (isAdmin(actor)) return { all: true };
  if (actor.role !== 'manager') return { all: false, leadBodyIds: [] };
  return { all: false, leadBodyIds: [...new Set([...(actor.bodyId ? [actor.bodyId] : []), ...actor.scopeBodyIds])] };
}
