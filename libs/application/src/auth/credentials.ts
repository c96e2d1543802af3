import { randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import type { LoginResponse, Role } from '@luyue/contracts';
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

/** The user if active and `password` is theirs, else null (a dummy hash keeps unknown users as slow). */
export async function checkPassword(user: UserCredentials | undefined, password: string): Promise<UserCredentials | null> {
  const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  return user && ok && user.active ? user : null;
}

/** A signed session token for the user at its token_version, and who it is. */
export async function issueSession(signer: SessionSigner, user: UserCredentials): Promise<LoginResponse> {
  const accessToken = await signer.sign({ sub: user.id, email: user.email, role: user.role, bodyId: user.bodyId, ver: user.tokenVersion });
  return { accessToken, expiresIn: signer.ttlSeconds, user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId } };
}
