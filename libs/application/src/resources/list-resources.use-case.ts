import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { RawListQuery } from '../shared/list-query';
import type { ResourceName } from './resource.reads';
import { assertMayRead } from './resource-readers';

/** GET /<resource>: one page of a declared read-only resource (regulations, provisions, bodies, users, events, notifications). */
export class ListResourcesUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(actor: Actor, name: ResourceName, raw: RawListQuery) {
    assertMayRead(actor, name);
    return this.ctx.data.repositories.resources.list(actor, name, raw);
  }
}
