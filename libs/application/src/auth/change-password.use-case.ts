import type { LoginResponse } from '@luyue/contracts';
import { AuthenticationError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { hashPassword } from '../users/password-hash';
import { type SessionSigner, type SignInThrottle, checkPassword, issueSession } from './credentials';

/**
 * POST /auth/password: the current password is checked (and throttled like a sign-in), the new one
 * stored; the users trigger bumps token_version, so every earlier token ends and a new one is answered.
 */
export class ChangePasswordUseCase {
  constructor(
    private readonly ctx: AppContext,
    private readonly signer: SessionSigner,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute(userId: string, currentPassword: string, newPassword: string, ip: string): Promise<LoginResponse> {
    const { users } = this.ctx.data.repositories;
    const stored = await users.credentialsById(userId);
    const email = stored?.email ?? '';
    await this.throttle.countAttempt(email, ip);
    const user = await checkPassword(stored, currentPassword);
    if (!user) throw new AuthenticationError('Current password is wrong');
    await this.throttle.recordSuccess(email, ip);
    const tokenVersion = await users.setPassword(userId, await hashPassword(newPassword));
    return issueSession(this.signer, { ...user, tokenVersion });
  }
}
