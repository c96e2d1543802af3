import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppContext, type AuthenticatedUser, changeVersionSql } from '@luyue/application';
import { IS_PUBLIC } from '../common/public.decorator';
import type { AuthenticatedRequest } from '../common/request-context';
import { tokenFromRequest, verifySessionToken } from './session-token';

/**
 * Global guard: every route needs `Authorization: Bearer <token>` unless marked @Public().
 * The user is re-read on each request so a deactivated account or a changed role/body applies at once;
 * the bodies' change counter comes with it, so the cached body tree is re-read only after it moved.
 * (The API ignores the session cookie: with bearer tokens only, cross-site requests cannot act for a user.)
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly ctx: AppContext,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await verifySessionToken(this.jwt, tokenFromRequest(request));
    const [user]: (AuthenticatedUser & { active: boolean; bodiesVersion: string })[] = await this.ctx.ds.query(
      `SELECT id, email, name, role, body_id AS "bodyId", active, ${changeVersionSql('bodies')} AS "bodiesVersion" FROM users WHERE id = $1`,
      [claims.sub],
    );
    if (!user?.active) throw new UnauthorizedException('Invalid or expired token');
    request.user = { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId };
    request.actor = await this.ctx.actors.load(this.ctx.ds.manager, user, user.bodiesVersion);
    return true;
  }
}
