import { type Actor, ValidationError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { UpdateUserUseCase } from './update-user.use-case';

/** DELETE /users/:id (admin): users are deactivated, never deleted: events keep pointing at them. */
export class DeactivateUserUseCase {
  private readonly update: UpdateUserUseCase;

  constructor(ctx: AppContext) {
    this.update = new UpdateUserUseCase(ctx);
  }

  execute(actor: Actor, id: string) {
    if (actor.userId === id) throw new ValidationError('you cannot deactivate yourself', { field: 'id' });
    return this.update.execute(actor, id, { active: false });
  }
}
