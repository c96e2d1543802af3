import { type Actor, ValidationError, fieldChanges, hasChanges } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { BodyAdminState } from './body.repository';
import { type BodyInput, checkBodyInput } from './body-input';

const FIELDS: (keyof BodyInput)[] = ['name', 'aliases', 'jurisdiction', 'level', 'kind', 'parentId', 'contactEmail'];

/** PUT /bodies/:id (admin): only what differs is written and recorded (a move is a parentId change, a rename a name change). */
export class UpdateBodyUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, input: BodyInput) {
    checkBodyInput(actor, input);
    const repos = this.ctx.data.repositories;
    await repos.bodies.get(id);
    if (input.parentId) {
      if (input.parentId === id) throw new ValidationError('a body cannot be its own parent', { field: 'parentId' });
      await repos.bodies.assertExist([input.parentId]);
    }
    await this.ctx.data.transaction(async ({ bodies, adminEvents }) => {
      const before = (await bodies.adminState(id)) as BodyAdminState;
      const next = Object.fromEntries(FIELDS.map((k) => [k, input[k]]));
      const changes = fieldChanges<Record<string, unknown>>(before, next);
      if (!hasChanges(changes)) return;
      await bodies.update(id, Object.fromEntries(Object.keys(changes).map((k) => [k, input[k as keyof BodyInput]])) as Partial<BodyAdminState>);
      await adminEvents.add({ type: 'body_updated', actorId: actor.userId, entity: 'body', id, changes });
    });
    return repos.resources.get(actor, 'bodies', id);
  }
}
