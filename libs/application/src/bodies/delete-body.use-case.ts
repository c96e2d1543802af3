import { type Actor, DuplicateError, fieldChanges } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { checkBodyInput } from './body-input';

/** DELETE /bodies/:id (admin): only an unused body can be deleted; obligations and users keep their references otherwise (409). */
export class DeleteBodyUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string) {
    checkBodyInput(actor, {});
    const repos = this.ctx.data.repositories;
    const body = await repos.resources.get(actor, 'bodies', id);
    if (await repos.bodies.isReferenced(id)) throw new DuplicateError('The body is still referenced by obligations, users, regulations or child bodies', { id });
    await this.ctx.data.transaction(async ({ bodies, adminEvents }) => {
      const deleted = await bodies.delete(id);
      const gone = Object.fromEntries(Object.keys(deleted).map((k) => [k, null]));
      await adminEvents.add({ type: 'body_deleted', actorId: actor.userId, entity: 'body', id, changes: fieldChanges(deleted, gone) });
    });
    return body;
  }
}
