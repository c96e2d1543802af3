import { hash } from 'argon2';
import { ROLES, isOneOf, type Role } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, ValidationError, isAdmin } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { BodyRepository } from '../bodies/body.repository';
import { getResource } from '../resources/simple-list';

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

export const hashPassword = (password: string): Promise<string> => hash(password, { type: 2 /* argon2id */ });

/** User accounts (admin only). Users are deactivated, never deleted: events keep pointing at them. */
export class UserAdminUseCases {
  private readonly bodies = new BodyRepository();
  constructor(private readonly ctx: AppContext) {}

  private async check(actor: Actor, input: UserInput): Promise<void> {
    if (!isAdmin(actor)) throw new ForbiddenActionError('manage users');
    if (input.role !== undefined && !isOneOf(ROLES, input.role)) throw new ValidationError('role is invalid', { field: 'role' });
    if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
      throw new ValidationError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    }
    if (input.bodyId) await this.bodies.assertExist(this.ctx.ds.manager, [input.bodyId]);
  }

  async create(actor: Actor, input: Required<Pick<UserInput, 'email' | 'name' | 'password' | 'role'>> & UserInput) {
    await this.check(actor, input);
    if (input.role !== 'admin' && !input.bodyId) throw new ValidationError('staff and managers need a bodyId', { field: 'bodyId' });
    const [{ id }] = await this.ctx.ds
      .query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id`, [
        input.email.trim().toLowerCase(),
        input.name.trim(),
        await hashPassword(input.password),
        input.role,
        input.bodyId ?? null,
      ])
      .catch(uniqueViolation);
    return getResource(this.ctx.ds.manager, 'users', actor, id);
  }

  async update(actor: Actor, id: string, input: UserInput) {
    await this.check(actor, input);
    await getResource(this.ctx.ds.manager, 'users', actor, id);
    const set: string[] = [];
    const params: unknown[] = [id];
    const put = (column: string, value: unknown) => {
      params.push(value);
      set.push(`${column} = $${params.length}`);
    };
    if (input.email !== undefined) put('email', input.email.trim().toLowerCase());
    if (input.name !== undefined) put('name', input.name.trim());
    if (input.password !== undefined) put('password_hash', await hashPassword(input.password));
    if (input.role !== undefined) put('role', input.role);
    if (input.bodyId !== undefined) put('body_id', input.bodyId);
    if (input.active !== undefined) put('active', input.active);
    if (input.notifyDueSoon !== undefined) put('notify_due_soon', input.notifyDueSoon);
    if (input.digestOnly !== undefined) put('digest_only', input.digestOnly);
    if (set.length) await this.ctx.ds.query(`UPDATE users SET ${set.join(', ')}, updated_at = now() WHERE id = $1`, params).catch(uniqueViolation);
    return getResource(this.ctx.ds.manager, 'users', actor, id);
  }

  async deactivate(actor: Actor, id: string) {
    if (actor.userId === id) throw new ValidationError('you cannot deactivate yourself', { field: 'id' });
    return this.update(actor, id, { active: false });
  }
}
