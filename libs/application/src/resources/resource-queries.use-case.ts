import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { RawListQuery } from '../shared/list-query';
import type { ResourceName } from './resource.reads';

/** GET list / GET one of the declared resources, for the controllers (which hold no data source). */
export class ResourceQueries {
  constructor(private readonly ctx: AppContext) {}

  list(actor: Actor, name: ResourceName, raw: RawListQuery) {
    return this.ctx.data.repositories.resources.list(actor, name, raw);
  }

  get(actor: Actor, name: ResourceName, id: string) {
    return this.ctx.data.repositories.resources.get(actor, name, id);
  }
}
