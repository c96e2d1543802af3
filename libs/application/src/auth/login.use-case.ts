import type { LoginResponse } from '@luyue/contracts';
import { AuthenticationError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type SessionSigner, type SignInThrottle, checkPassword, issueSession } from './credentials';

/** POST /auth/login: throttled, constant-time-ish password check, a signed session token. */
export class LoginUseCase {
  constructor(
    private readonly ctx: AppContext,
    private readonly signer: SessionSigner,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute(email: string, password: string, ip: string): Promise<LoginResponse> {
    await this.throttle.countAttempt(email, ip);
    const user = await checkPassword(await this.ctx.data.repositories.users.credentialsByEmail(email.trim()), password);
    if (!user) throw new AuthenticationError('Invalid email or password');
    await this.throttle.recordSuccess(email, ip);
    return issueSession(this.signer, user);
  }
}
