import type { AuthenticatedUser } from './actor.loader';
import type { SessionCheck, SessionState } from './session-check';

/** A token's user as the guard reads it, with the bodies' change counter of the same snapshot. */
export interface SessionUserRow extends AuthenticatedUser {
  active: boolean;
  tokenVersion: number;
  bodiesVersion: string;
}

/** Sessions: a token is live while its user is active at the token's token_version (port). */
export interface SessionRepository {
  findUser(userId: string): Promise<SessionUserRow | undefined>;
  /** The session's state read on its own (when a checked page returned no row). */
  state(check: SessionCheck): Promise<SessionState>;
  /** Ends every session of the user issued at `tokenVersion` (logout); a later version ends nothing. */
  endSessions(userId: string, tokenVersion: number): Promise<void>;
}
