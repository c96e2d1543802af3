import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { LoadActorUseCase } from '@luyue/application';
import { IS_PUBLIC } from '../common/public.decorator';
import type { AuthenticatedRequest } from '../common/request-context';
import { type SessionClaims, tokenFromRequest } from './session-token';
import { type CachedSession, SessionCache } from './session-cache';
import { SESSION_CHECKED_IN_QUERY } from './checked-in-query.decorator';
import { SessionVerifier } from './session-verifier';

/**
 * Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public().
 * The user is re-read on each request so a deactivated account, a changed role/body or an ended
 * session applies at once; the bodies' change counter comes with it, so the cached body tree is
 * re-read only after it moved. On a route marked @SessionCheckedInQuery() a user already read at
 * the token's version comes from the cache, and the route's statement checks the session instead
 * (request.sessionCheck): one round trip per request, and still no request of an ended session.
 * (The API ignores the session cookie: with bearer tokens only, cross-site requests cannot act for a user.)
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly cache = new SessionCache();

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionVerifier,
    private readonly actors: LoadActorUseCase,
    private readonly logger: PinoLogger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      // Every line of the request, its completion line included, names the client (as trustProxy resolves it) and the user.
      this.logger.assign({ ip: request.ip });
      return true;
    }
    const claims = await this.sessions.claims(tokenFromRequest(request));
    const cached = this.reflector.getAllAndOverride<boolean>(SESSION_CHECKED_IN_QUERY, targets) ? this.cache.get(claims.sub, claims.ver) : undefined;
    if (cached) request.sessionCheck = { userId: claims.sub, tokenVersion: claims.ver, bodiesVersion: cached.bodiesVersion };
    const { user, actor } = cached ?? (await this.verified(claims));
    this.logger.assign({ ip: request.ip, userId: user.id });
    request.user = user;
    request.actor = actor;
    return true;
  }

  /** The user read now (and cached for the routes that check it in their statement). */
  private async verified(claims: SessionClaims): Promise<CachedSession> {
    try {
      const { user } = await this.sessions.verifyClaims(claims);
      const session: CachedSession = {
        tokenVersion: claims.ver,
        user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId },
        actor: await this.actors.execute(user),
        bodiesVersion: user.bodiesVersion,
      };
      this.cache.set(claims.sub, session);
      return session;
    } catch (error) {
      this.cache.delete(claims.sub);
      throw error;
    }
  }
}
