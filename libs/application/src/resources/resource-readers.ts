import { type Actor, ForbiddenActionError, canManageUsers, canReadAdministration, canReadOutbox } from '@luyue/domain';
import type { ResourceName } from './resource.reads';

/** Who may read a resource at all (a domain permission); others get 403. Everyone signed in when absent. */
const READERS: Partial<Record<ResourceName, (actor: Actor) => boolean>> = {
  users: canManageUsers,
  'admin-events': canReadAdministration,
  notifications: canReadOutbox,
};

export function assertMayRead(actor: Actor, name: ResourceName): void {
  const mayRead = READERS[name];
  if (mayRead && !mayRead(actor)) throw new ForbiddenActionError(`read ${name}`);
}
