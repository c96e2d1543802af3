import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@luyue/domain';
import type { AuthenticatedUser, SessionCheck } from '@luyue/application';

/** What the auth guard attaches to every authenticated request. */
export interface AuthenticatedRequest extends FastifyRequest {
  user: AuthenticatedUser;
  actor: Actor;
  /** Set when the guard took the user from its cache: the route's statement must check the session (SessionCheckedInQuery). */
  sessionCheck?: SessionCheck;
}

/** The signed-in user's Actor (role + body scope) for use cases. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user);

/** The check a @SessionCheckedInQuery() route passes to its use case (undefined: the guard read the user). */
export const CurrentSessionCheck = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionCheck | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionCheck);
