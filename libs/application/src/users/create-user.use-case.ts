import { type Actor, ValidationError, fieldChanges, roleNeedsBody } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { hashPassword } from './password-hash';
import { type UserInput, checkUserInput } from './user-input';

/** POST /users (admin): a new account; the audit event records its fields, the password only as set. */
export class CreateUserUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, input: Required<Pick<UserInput, 'email' | 'name' | 'password' | 'role'>> & UserInput) {
    const repos = this.ctx.data.repositories;
    await checkUserInput(repos, actor, input);
    if (roleNeedsBody(input.role) && !input.bodyId) throw new ValidationError('staff and managers need a bodyId', { field: 'bodyId' });
    const passwordHash = await hashPassword(input.password);
    const id = await this.ctx.data.transaction(async ({ users, adminEvents }) => {
      const created = await users.create({ email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash, role: input.role, bodyId: input.bodyId ?? null });
      await adminEvents.add({ type: 'user_created', actorId: actor.userId, entity: 'user', id: created.id, changes: { ...fieldChanges({}, created.state), password: { changed: true } } });
      return created.id;
    });
    return repos.resources.get(actor, 'users', id);
  }
}
