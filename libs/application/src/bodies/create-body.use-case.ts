import { type Actor, fieldChanges } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type BodyInput, checkBodyInput } from './body-input';

/** POST /bodies (admin): a new body of the registry, with its audit event. */
export class CreateBodyUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, input: Required<Pick<BodyInput, 'name' | 'jurisdiction' | 'level' | 'kind'>> & BodyInput) {
    checkBodyInput(actor, input);
    const repos = this.ctx.data.repositories;
    if (input.parentId) await repos.bodies.assertExist([input.parentId]);
    const id = await this.ctx.data.transaction(async ({ bodies, adminEvents }) => {
      const created = await bodies.create({
        name: input.name.trim(),
        aliases: input.aliases ?? [],
        jurisdiction: input.jurisdiction.trim(),
        level: input.level,
        kind: input.kind,
        parentId: input.parentId ?? null,
        contactEmail: input.contactEmail ?? null,
      });
      await adminEvents.add({ type: 'body_created', actorId: actor.userId, entity: 'body', id: created.id, changes: fieldChanges({}, created.state) });
      return created.id;
    });
    return repos.resources.get(actor, 'bodies', id);
  }
}
