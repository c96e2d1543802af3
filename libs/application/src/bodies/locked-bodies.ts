import { type Actor, ForbiddenActionError, NotFoundError, canCleanBodyRegistry } from '@luyue/domain';
import { isUuid } from '../shared/ids';
import type { BodyRegistryRepository, LockedBody } from './body-registry.repository';

/** 403 unless the actor cleans the body registry (admins). */
export function assertMayCleanRegistry(actor: Actor): void {
  if (!canCleanBodyRegistry(actor)) throw new ForbiddenActionError('clean the body registry');
}

/** The bodies, locked for the transaction, in the order asked; 404 naming the first that is none. */
export async function lockBodies(registry: BodyRegistryRepository, ids: string[]): Promise<LockedBody[]> {
  const malformed = ids.find((x) => !isUuid(x));
  if (malformed !== undefined) throw new NotFoundError('Body', malformed);
  const rows = await registry.lock(ids);
  return ids.map((x) => {
    const row = rows.find((r) => r.id === x);
    if (!row) throw new NotFoundError('Body', x);
    return row;
  });
}
