import type { EntityManager } from 'typeorm';
import { type Actor, actorFor } from '@luyue/domain';
import type { Role } from '@luyue/contracts';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  bodyId: string | null;
}

/** Builds the Actor (own body + descendants) from the current body tree. */
export async function loadActor(manager: EntityManager, user: Pick<AuthenticatedUser, 'id' | 'role' | 'bodyId'>): Promise<Actor> {
  if (!user.bodyId) return actorFor(user, []);
  const bodies: { id: string; parentId: string | null }[] = await manager.query('SELECT id, parent_id AS "parentId" FROM bodies');
  return actorFor(user, bodies);
}

/**
 * Bodies whose obligations the actor may see (mirrors canView): staff and managers their body
 * and every body below it. Null for admins (everything).
 */
export function visibleBodyIds(actor: Actor): string[] | null {
  if (actor.role === 'admin') return null;
  return [...actor.scopeBodyIds];
}
