import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import type { LoginResponse, UserDto } from '@luyue/contracts';
import { hashPassword, rowsOf } from '@luyue/application';
import { LoginThrottle } from './login-throttle';
import { JWT_ALGORITHM, SESSION_TTL_SECONDS, type SessionClaims } from './session-token';

// Verified against when the email is unknown, so both failures take about the same time.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash(randomBytes(16).toString('hex')));

interface UserRecord extends UserDto {
  passwordHash: string;
  active: boolean;
  tokenVersion: number;
}

/** POST /auth/login: throttled, constant-time-ish password check, HS256 token valid for 8 h. */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute(email: string, password: string, ip: string): Promise<LoginResponse> {
    await this.throttle.countAttempt(email, ip);
    const user = await this.checkPassword(
      'lower(email) = lower($1)',
      email.trim(),
      password,
    );
    if (!user) throw new UnauthorizedException('Invalid email or password');
    await this.throttle.recordSuccess(email, ip);
    return this.issue(user);
  }

  /**
   * POST /auth/password: the current password is checked (and throttled like a sign-in), the new
   * one stored; the users trigger bumps token_version, so every earlier token ends and a new one is answered.
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string, ip: string): Promise<LoginResponse> {
    const [{ email }]: { email: string }[] = await this.ds.query('SELECT email FROM users WHERE id = $1', [userId]);
    await this.throttle.countAttempt(email, ip);
    const user = await this.checkPassword('id = $1', userId, currentPassword);
    if (!user) throw new UnauthorizedException('Current password is wrong');
    await this.throttle.recordSuccess(email, ip);
    const [updated] = rowsOf<{ tokenVersion: number }>(
      await this.ds.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 RETURNING token_version AS "tokenVersion"', [userId, await hashPassword(newPassword)]),
    );
    return this.issue({ ...user, tokenVersion: updated.tokenVersion });
  }

  /** The active user matching `where` whose password is `password`, else null (a dummy hash keeps unknown users as slow). */
  private async checkPassword(where: string, value: string, password: string): Promise<UserRecord | null> {
    const [user]: UserRecord[] = await this.ds.query(
      `SELECT id, email, name, role, body_id AS "bodyId", password_hash AS "passwordHash", active, token_version AS "tokenVersion" FROM users WHERE ${where}`,
      [value],
    );
    const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    return user && ok && user.active ? user : null;
  }

  private async issue(user: UserRecord): Promise<LoginResponse> {
    const claims: SessionClaims = { sub: user.id, email: user.email, role: user.role, bodyId: user.bodyId, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { algorithm: JWT_ALGORITHM, expiresIn: SESSION_TTL_SECONDS });
    return { accessToken, expiresIn: SESSION_TTL_SECONDS, user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId } };
  }
}
