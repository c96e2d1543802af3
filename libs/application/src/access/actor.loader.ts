import { type Actor, type BodyNode, actorFor, bodyWithDescendants, isAdmin } from '@luyue/domain';
import type { Role } from '@luyue/contracts';
import { ChangeCache } from '../shared/change-cache';
import type { BodyRepository } from '../bodies/body.repository';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  bodyId: string | null;
}

/** Where the body tree comes from. */
export type BodyTreeSource = Pick<BodyRepository, 'tree'>;

/** Builds the Actor (own body + descendants) from the current body tree. */
export async function loadActor(bodies: BodyTreeSource, user: Pick<AuthenticatedUser, 'id' | 'role' | 'bodyId'>): Promise<Actor> {
  if (!user.bodyId) return actorFor(user, []);
  return actorFor(user, await bodies.tree());
}

/**
 * loadActor for every request: the body tree and each body's scope are kept until the bodies'
 * change counter moves (the caller reads it with the user row, in the same round trip), instead
 * of reading 2,000 bodies per request.
 */
export class ActorLoader {
  private readonly trees = new ChangeCache<BodyNode[]>(30_000, 1);
  private readonly scopes = new ChangeCache<string[]>(30_000, 10_000);

  async load(bodies: BodyTreeSource, user: Pick<AuthenticatedUser, 'id' | 'role' | 'bodyId'>, bodiesVersion: string): Promise<Actor> {
    const bodyId = user.bodyId;
    if (!bodyId) return actorFor(user, []);
    const scopeBodyIds = await this.scopes.get(bodyId, bodiesVersion, async () => {
      const tree = await this.trees.get('tree', bodiesVersion, () => bodies.tree());
      return bodyWithDescendants(bodyId, tree);
    });
    return { userId: user.id, role: user.role, bodyId, scopeBodyIds };
  }
}

/**
 * Bodies whose obligations the actor may see (mirrors canView): staff and managers their body
 * and every body below it. Null for admins (everything).
 */
export function visibleBodyIds(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return [...actor.scopeBodyIds];
}

/**
 * The same scope for obligation queries, which test it on `reach_body_ids` (lead and co bodies
 * with their ancestors): `all` for admins, else the actor's body (null: no body, sees nothing).
 */
export type ObligationScope = { all: true } | { all: false; bodyId: string | null };

export function obligationScope(actor: Actor): ObligationScope {
  return isAdmin(actor) ? { all: true } : { all: false, bodyId: actor.bodyId };
}
