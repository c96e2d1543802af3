import { type Actor, fieldChanges, hasChanges } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { AdminChanges } from '../audit/admin-events';
import { hashPassword } from './password-hash';
import type { UserAdminState } from './user.repository';
import { type UserInput, checkUserInput } from './user-input';

/** PUT /users/:id (admin): only what differs is written and recorded; a no-op update leaves no event. */
export class UpdateUserUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, input: UserInput) {
    const repos = this.ctx.data.repositories;
    await checkUserInput(repos, actor, input);
    await repos.resources.get(actor, 'users', id);
    const next: Partial<UserAdminState> = {
      email: input.email?.trim().toLowerCase(),
      name: input.name?.trim(),
      role: input.role,
      bodyId: input.bodyId,
      active: input.active,
      notifyDueSoon: input.notifyDueSoon,
      digestOnly: input.digestOnly,
    };
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
    await this.ctx.data.transaction(async ({ users, adminEvents }) => {
      const before = (await users.adminState(id)) as UserAdminState;
      const changes: AdminChanges = fieldChanges(before, next);
      const changed = Object.fromEntries(Object.keys(changes).map((field) => [field, next[field as keyof UserAdminState]])) as Partial<UserAdminState>;
      if (passwordHash !== undefined) changes['password'] = { changed: true };
      if (!hasChanges(changes)) return;
      await users.update(id, changed, passwordHash);
      await adminEvents.add({ type: 'user_updated', actorId: actor.userId, entity: 'user', id, changes });
    });
    return repos.resources.get(actor, 'users', id);
  }
}
