import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { AppContext } from '@luyue/application';
import { IS_PUBLIC } from '../common/public.decorator';
import type { AuthenticatedRequest } from '../common/request-context';
import { tokenFromRequest } from './session-token';
import { SessionVerifier } from './session-verifier';

/**
 * Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public().
 * The user is re-read on each request so a deactivated account, a changed role/body or an ended
 * session applies at once; the bodies' change counter comes with it, so the cached body tree is
 * re-read only after it moved.
 * (The API ignores the session cookie: with bearer tokens only, cross-site requests cannot act for a user.)
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionVerifier,
    private readonly ctx: AppContext,
    private readonly logger: PinoLogger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Every line of the request, its completion line included, names the client (as trustProxy resolves it) and the user.
    this.logger.assign({ ip: request.ip });
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const { user } = await this.sessions.verify(tokenFromRequest(request));
    this.logger.assign({ userId: user.id });
    request.user = { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId };
    request.actor = await this.ctx.actors.load(this.ctx.ds.manager, user, user.bodiesVersion);
    return true;
  }
}
