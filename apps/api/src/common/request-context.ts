import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@luyue/domain';
import type { AuthenticatedUser } from '@luyue/application';

/** What the auth guard attaches to every authenticated request. */
export interface AuthenticatedRequest extends FastifyRequest {
  user: AuthenticatedUser;
  actor: Actor;
}

/** The signed-in user's Actor (role + body scope) for use cases. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user);
