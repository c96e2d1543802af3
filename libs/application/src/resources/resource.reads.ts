import type { Actor } from '@luyue/domain';
import type { Page, RawListQuery } from '../shared/list-query';

/** The read-only resources of ra-data-simple-rest (route /api/<name>). */
export type ResourceName = 'regulations' | 'provisions' | 'bodies' | 'users' | 'obligation-events' | 'admin-events' | 'notifications';

/**
 * Lists and single rows of the declared resources (port; libs/persistence's SqlResourceReads
 * declares each one's columns, filters, sort fields and scope). Who may read one at all is
 * assertMayRead's (resource-readers.ts), checked by the use cases.
 */
export interface ResourceReads {
  list(actor: Actor, name: ResourceName, raw: RawListQuery): Promise<Page<Record<string, unknown>> & { start: number }>;
  /** The row, or 404 (outside the actor's scope too); 403 when the actor may not read the resource. */
  get(actor: Actor, name: ResourceName, id: string): Promise<Record<string, unknown>>;
}
