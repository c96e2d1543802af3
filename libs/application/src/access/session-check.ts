import { type Actor, SessionEndedError } from '@luyue/domain';
import type { ActorLoader } from './actor.loader';
import type { Repositories } from '../shared/repositories';

/**
 * A session the api took from its cache without reading the user (the list routes): the
 * page's own statement then checks it, so ending a session still takes effect on the very next
 * request, on every api process, at no extra round trip.
 */
export interface SessionCheck {
  userId: string;
  /** The token's `ver`: the user's token_version when it was issued. */
  tokenVersion: number;
  /** The bodies' change counter the cached actor's scope was computed at. */
  bodiesVersion: string;
}

/** What the statement read: the user still active at that token_version, and the bodies' counter now. */
export interface SessionState {
  sessionLive: boolean | null;
  bodiesVersion: string;
}

/**
 * The actor for the rest of the request once the statement's `state` is known (read here when
 * the statement returned no row): SessionEndedError (401) when the session ended, the actor with
 * its scope recomputed when the bodies changed, else the cached actor as it is.
 */
export async function confirmSession(repos: Pick<Repositories, 'sessions' | 'bodies'>, actors: ActorLoader, actor: Actor, check: SessionCheck, state: SessionState | undefined): Promise<Actor> {
  const current = state ?? (await repos.sessions.state(check));
  if (current.sessionLive !== true) throw new SessionEndedError();
  if (current.bodiesVersion === check.bodiesVersion) return actor;
  return actors.load(repos.bodies, { id: actor.userId, role: actor.role, bodyId: actor.bodyId }, current.bodiesVersion);
}
