import { UnauthorizedException } from '@nestjs/common';
import type { JwtService } from '@nestjs/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@luyue/contracts';
import type { SessionClaims } from '@luyue/application';

/** httpOnly cookie carrying the same JWT as the login response (for browser pages such as Bull Board). */
export const SESSION_COOKIE = 'luyue_session';
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** Only HS256: a token naming another algorithm (or `none`) is refused. */
export const JWT_ALGORITHM = 'HS256' as const;

/** The user's token_version at sign-in is `ver`; see SessionVerifier. */
export type { SessionClaims };

/** The bearer token, or (when `allowCookie`) the session cookie. */
export function tokenFromRequest(request: FastifyRequest, allowCookie = false): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1];
  }
  return allowCookie ? request.cookies?.[SESSION_COOKIE] : undefined;
}

/** Verifies signature, algorithm and expiry; 401 otherwise. */
export async function verifySessionToken(jwt: JwtService, token: string | undefined): Promise<SessionClaims> {
  if (!token) throw new UnauthorizedException('Authentication required');
  try {
    const claims = await jwt.verifyAsync<SessionClaims>(token, { algorithms: [JWT_ALGORITHM] });
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string' || !Number.isInteger(claims.ver)) throw new Error('claims missing');
    return claims;
  } catch {
    throw new UnauthorizedException('Invalid or expired token');
  }
}

/**
 * Fastify preHandler for pages outside Nest's guard (Bull Board at /api/admin/queues): accepts the
 * `luyue_session` cookie or a bearer token, and only the given roles (default: admin). The user is
 * re-read on every request (SessionVerifier), so a deactivated or demoted admin is out at once.
 */
export function sessionPreHandler(sessions: { verify(token: string | undefined): Promise<{ user: { role: Role } }> }, roles: readonly Role[] = ['admin']) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    let role: Role;
    try {
      role = (await sessions.verify(tokenFromRequest(request, true))).user.role;
    } catch {
      await reply.code(401).send({ statusCode: 401, code: 'unauthorized', message: 'Sign in first' });
      return;
    }
    if (!roles.includes(role)) await reply.code(403).send({ statusCode: 403, code: 'forbidden', message: 'Not allowed' });
  };
}
