import { hash } from 'argon2';
import { ROLES, isOneOf, type Role } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, ValidationError, fieldChanges, hasChanges, canManageUsers } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { BodyRepository } from '../bodies/body.repository';
import { getResource } from '../resources/simple-list';
import { type AdminChanges, addAdminEvent } from '../audit/admin-events';

export interface UserInput {
  email?: string;
  name?: string;
  password?: string;
  role?: Role;
  bodyId?: string | null;
  active?: boolean;
  notifyDueSoon?: boolean;
  digestOnly?: boolean;
}

export const MIN_PASSWORD_LENGTH = 10;

const uniqueViolation = (error: { code?: string }) => {
  if (error.code === '23505') throw new DuplicateError('A user with this email already exists');
  throw error;
};

/** The user fields an administrator sets (the audit event records them old → new), and their columns. */
const USER_COLUMN = {
  email: 'email',
  name: 'name',
  role: 'role',
  bodyId: 'body_id',
  active: 'active',
  notifyDueSoon: 'notify_due_soon',
  digestOnly: 'digest_only',
} as const;
type UserField = keyof typeof USER_COLUMN;
const USER_STATE = Object.entries(USER_COLUMN)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ');

export const hashPassword = (password: string): Promise<string> => hash(password, { type: 2 /* argon2id */ });

/** User accounts (admin only). Users are deactivated, never deleted: events keep pointing at them. */
export class UserAdminUseCases {
  private readonly bodies = new BodyRepository();
  constructor(private readonly ctx: AppContext) {}

  private async check(actor: Actor, input: UserInput): Promise<void> {
    if (!canManageUsers(actor)) throw new ForbiddenActionError('manage users');
    if (input.role !== undefined && !isOneOf(ROLES, input.role)) throw new ValidationError('role is invalid', { field: 'role' });
    if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
      throw new ValidationError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    }
    if (input.bodyId) await this.bodies.assertExist(this.ctx.ds.manager, [input.bodyId]);
  }

  async create(actor: Actor, input: Required<Pick<UserInput, 'email' | 'name' | 'password' | 'role'>> & UserInput) {
    await this.check(actor, input);
    if (input.role !== 'admin' && !input.bodyId) throw new ValidationError('staff and managers need a bodyId', { field: 'bodyId' });
    const passwordHash = await hashPassword(input.password);
    const id = await this.ctx.ds.transaction(async (m) => {
      const [created] = await m
        .query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id, ${USER_STATE}`, [
          input.email.trim().toLowerCase(),
          input.name.trim(),
          passwordHash,
          input.role,
          input.bodyId ?? null,
        ])
        .catch(uniqueViolation);
      const { id: newId, ...state } = created as { id: string } & Record<UserField, unknown>;
      await addAdminEvent(m, { type: 'user_created', actorId: actor.userId, entity: 'user', id: newId, changes: { ...fieldChanges({}, state), password: { changed: true } } });
      return newId as string;
    });
    return getResource(this.ctx.ds.manager, 'users', actor, id);
  }

  async update(actor: Actor, id: string, input: UserInput) {
    await this.check(actor, input);
    await getResource(this.ctx.ds.manager, 'users', actor, id);
    const next: Partial<Record<UserField, unknown>> = {
      email: input.email?.trim().toLowerCase(),
      name: input.name?.trim(),
      role: input.role,
      bodyId: input.bodyId,
      active: input.active,
      notifyDueSoon: input.notifyDueSoon,
      digestOnly: input.digestOnly,
    };
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
    await this.ctx.ds.transaction(async (m) => {
      const [before] = (await m.query(`SELECT ${USER_STATE} FROM users WHERE id = $1 FOR UPDATE`, [id])) as Record<UserField, unknown>[];
      // Only what differs is written and recorded: a no-op update leaves no event.
      const changes: AdminChanges = fieldChanges(before, next);
      const set: string[] = [];
      const params: unknown[] = [id];
      const put = (column: string, value: unknown) => {
        params.push(value);
        set.push(`${column} = $${params.length}`);
      };
      for (const field of Object.keys(changes) as UserField[]) put(USER_COLUMN[field], next[field]);
      if (passwordHash !== undefined) {
        put('password_hash', passwordHash);
        changes['password'] = { changed: true };
      }
      if (!hasChanges(changes)) return;
      await m.query(`UPDATE users SET ${set.join(', ')}, updated_at = now() WHERE id = $1`, params).catch(uniqueViolation);
      await addAdminEvent(m, { type: 'user_updated', actorId: actor.userId, entity: 'user', id, changes });
    });
    return getResource(this.ctx.ds.manager, 'users', actor, id);
  }

  async deactivate(actor: Actor, id: string) {
    if (actor.userId === id) throw new ValidationError('you cannot deactivate yourself', { field: 'id' });
    return this.update(actor, id, { active: false });
  }
}
