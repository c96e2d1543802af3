import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { ResourceName } from './resource.reads';
import { assertMayRead } from './resource-readers';

/** GET /<resource>/:id: one row of a declared read-only resource (404 outside the actor's scope). */
export class GetResourceUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(actor: Actor, name: ResourceName, id: string) {
    assertMayRead(actor, name);
    return this.ctx.data.repositories.resources.get(actor, name, id);
  }
}
