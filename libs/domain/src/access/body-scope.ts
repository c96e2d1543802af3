import type { Role } from '@luyue/contracts';
import type { Actor } from './actor';

/** The slice of a body row needed to walk the tree. */
export interface BodyNode {
  id: string;
  parentId: string | null;
}

/** `rootId` plus every body below it (breadth-first; cycles are ignored). */
export function bodyWithDescendants(rootId: string, bodies: readonly BodyNode[]): string[] {
  const childrenOf = new Map<string, string[]>();
  for (const body of bodies) {
    if (body.parentId === null) continue;
    const siblings = childrenOf.get(body.parentId);
    if (siblings) siblings.push(body.id);
    else childrenOf.set(body.parentId, [body.id]);
  }
  const scope = [rootId];
  const seen = new Set(scope);
  for (let i = 0; i < scope.length; i++) {
    for (const child of childrenOf.get(scope[i]) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        scope.push(child);
      }
    }
  }
  return scope;
}

/** Builds the Actor for a signed-in user from the body tree (API: once per request or cached). */
export function actorFor(user: { id: string; role: Role; bodyId: string | null }, bodies: readonly BodyNode[]): Actor {
  return {
    userId: user.id,
    role: user.role,
    bodyId: user.bodyId,
    scopeBodyIds: user.bodyId ? bodyWithDescendants(user.bodyId, bodies) : [],
  };
}
