import type { AuthenticatedUser } from '../access/actor.loader';
import type { AppContext } from '../shared/app-context';

export interface LiveSessionUser extends AuthenticatedUser {
  /** The bodies' change counter, read in the same statement (the actor's scope is computed at it). */
  bodiesVersion: string;
}

/**
 * The user of a signed token while the session is live: the user is active and `ver` is still
 * its token_version (a password, role or body change, a deactivation and a logout bump it, see
 * migration 1764700000000). Null otherwise.
 */
export class FindSessionUserUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(userId: string, tokenVersion: number): Promise<LiveSessionUser | null> {
    const user = await this.ctx.data.repositories.sessions.findUser(userId);
    if (!user?.active || user.tokenVersion !== tokenVersion) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId, bodiesVersion: user.bodiesVersion };
  }
}

/** Logout: ends every session of the user issued at `tokenVersion`, on every api process. */
export class EndSessionsUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(userId: string, tokenVersion: number): Promise<void> {
    return this.ctx.data.repositories.sessions.endSessions(userId, tokenVersion);
  }
}

/** The actor of a session user: own body and descendants, from the body tree cached per bodies' counter. */
export class LoadActorUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(user: LiveSessionUser) {
    return this.ctx.actors.load(this.ctx.data.repositories.bodies, user, user.bodiesVersion);
  }
}
