import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import type { LoginResponse, UserDto } from '@luyue/contracts';
import { LoginThrottle } from './login-throttle';
import { JWT_ALGORITHM, SESSION_TTL_SECONDS, type SessionClaims } from './session-token';

// Verified against when the email is unknown, so both failures take about the same time.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash(randomBytes(16).toString('hex')));

interface UserRecord extends UserDto {
  passwordHash: string;
  active: boolean;
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
    await this.throttle.assertAllowed(email, ip);
    const [user]: UserRecord[] = await this.ds.query(
      `SELECT id, email, name, role, body_id AS "bodyId", password_hash AS "passwordHash", active FROM users WHERE lower(email) = lower($1)`,
      [email.trim()],
    );
    const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(email, ip);
      throw new UnauthorizedException('Invalid email or password');
    }
    await this.throttle.recordSuccess(email);
    const claims: SessionClaims = { sub: user.id, email: user.email, role: user.role, bodyId: user.bodyId };
    const accessToken = await this.jwt.signAsync(claims, { algorithm: JWT_ALGORITHM, expiresIn: SESSION_TTL_SECONDS });
    return { accessToken, expiresIn: SESSION_TTL_SECONDS, user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId } };
  }
}
