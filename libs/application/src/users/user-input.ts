import { ROLES, isOneOf, type Role } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, ValidationError, canManageUsers } from '@luyue/domain';
import type { Repositories } from '../shared/repositories';
import { MIN_PASSWORD_LENGTH } from './password-hash';

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

/** 403 unless the actor manages users; 400 for a bad role or short password; 404 for an unknown body. */
export async function checkUserInput({ bodies }: Pick<Repositories, 'bodies'>, actor: Actor, input: UserInput): Promise<void> {
  if (!canManageUsers(actor)) throw new ForbiddenActionError('manage users');
  if (input.role !== undefined && !isOneOf(ROLES, input.role)) throw new ValidationError('role is invalid', { field: 'role' });
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
  if (input.bodyId) await bodies.assertExist([input.bodyId]);
}
