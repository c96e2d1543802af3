import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import type { LoginResponse, Role } from '@luyue/contracts';
import { AuthenticationError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { hashPassword } from '../users/password-hash';
import type { UserCredentials } from '../users/user.repository';

/** What a session token says about its user; `ver` is the user's token_version at sign-in. */
export interface SessionClaims {
  sub: string;
  email: string;
  role: Role;
  bodyId: string | null;
  ver: number;
}

/** Signs a session token (the api's JWT service). */
export interface SessionSigner {
  readonly ttlSeconds: number;
  sign(claims: SessionClaims): Promise<string>;
}

/** Counts sign-in attempts per email and client (shared by every api process); refuses past the allowance. */
export interface SignInThrottle {
  countAttempt(email: string, ip: string): Promise<void>;
  recordSuccess(email: string, ip: string): Promise<void>;
}

// Verified against when the email is unknown, so both failures take about the same time.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash(randomBytes(16).toString('hex')));

/** POST /auth/login and /auth/password: throttled, constant-time-ish password check, a signed session token. */
export class LoginUseCase {
  constructor(
    private readonly ctx: AppContext,
    private readonly signer: SessionSigner,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute(email: string, password: string, ip: string): Promise<LoginResponse> {
    await this.throttle.countAttempt(email, ip);
    const user = await this.checkPassword(await this.ctx.data.repositories.users.credentialsByEmail(email.trim()), password);
    if (!user) throw new AuthenticationError('Invalid email or password');
    await this.throttle.recordSuccess(email, ip);
    return this.issue(user);
  }

  /**
   * The current password is checked (and throttled like a sign-in), the new one stored; the users
   * trigger bumps token_version, so every earlier token ends and a new one is answered.
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string, ip: string): Promise<LoginResponse> {
    const { users } = this.ctx.data.repositories;
    const stored = await users.credentialsById(userId);
    const email = stored?.email ?? '';
    await this.throttle.countAttempt(email, ip);
    const user = await this.checkPassword(stored, currentPassword);
    if (!user) throw new AuthenticationError('Current password is wrong');
    await this.throttle.recordSuccess(email, ip);
    const tokenVersion = await users.setPassword(userId, await hashPassword(newPassword));
    return this.issue({ ...user, tokenVersion });
  }

  /** The user if active and `password` is theirs, else null (a dummy hash keeps unknown users as slow). */
  private async checkPassword(user: UserCredentials | undefined, password: string): Promise<UserCredentials | null> {
    const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    return user && ok && user.active ? user : null;
  }

  private async issue(user: UserCredentials): Promise<LoginResponse> {
    const accessToken = await this.signer.sign({ sub: user.id, email: user.email, role: user.role, bodyId: user.bodyId, ver: user.tokenVersion });
    return { accessToken, expiresIn: this.signer.ttlSeconds, user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId } };
  }
}
