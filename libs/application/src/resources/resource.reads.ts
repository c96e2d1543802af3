import type { ResourceDtos } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';
import type { Page, RawListQuery } from '../shared/list-query';

/** The read-only resources of ra-data-simple-rest (route /api/<name>). */
/** The read-only lists, each typed by its contract (ResourceDtos). */
export type ResourceName = keyof ResourceDtos;

/**
 * Lists and single rows of the declared resources (port; libs/persistence's SqlResourceReads
 * declares each one's columns, filters, sort fields and scope). Who may read one at all is
 * assertMayRead's (resource-readers.ts), checked by the use cases.
 */
export interface ResourceReads {
  list<N extends ResourceName>(actor: Actor, name: N, raw: RawListQuery): Promise<Page<ResourceDtos[N]> & { start: number }>;
  /** The row, or 404 (outside the actor's scope too); 403 when the actor may not read the resource. */
  get<N extends ResourceName>(actor: Actor, name: N, id: string): Promise<ResourceDtos[N]>;
}
