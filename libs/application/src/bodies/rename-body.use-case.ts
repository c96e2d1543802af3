import { type Actor, ValidationError, renamedAliases } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { assertMayCleanRegistry, lockBodies } from './locked-bodies';

/** POST /bodies/:id/rename (admin): the real unit's name; the extracted name stays as an alias. */
export class RenameBodyUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, rawName: string): Promise<{ id: string; name: string; aliases: string[] }> {
    assertMayCleanRegistry(actor);
    const name = rawName.trim();
    if (!name) throw new ValidationError('name is required', { field: 'name' });
    return this.ctx.data.transaction(async ({ bodies, bodyRegistry, adminEvents }) => {
      const [body] = await lockBodies(bodyRegistry, [id]);
      if (body.name === name) return { id, name, aliases: body.aliases };
      const aliases = renamedAliases(body, name);
      await bodies.update(id, { name, aliases });
      await adminEvents.add({ type: 'body_updated', actorId: actor.userId, entity: 'body', id, changes: { name: { from: body.name, to: name }, aliases: { from: body.aliases, to: aliases } } });
      return { id, name, aliases };
    });
  }
}
