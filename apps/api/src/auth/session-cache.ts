import type { Actor } from '@luyue/domain';
import type { AuthenticatedUser } from '@luyue/application';

export interface CachedSession {
  tokenVersion: number;
  user: AuthenticatedUser;
  actor: Actor;
  bodiesVersion: string;
}

const MAX_USERS = 10_000;

/**
 * The last verified user and actor per user id, for routes that check the session in their own
 * statement (see SessionCheckedInQuery). An entry only says who the token's user was when last
 * read; it never decides alone that a session is live.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();

  /** The entry for this user when it was read at the token's version. */
  get(userId: string, tokenVersion: number): CachedSession | undefined {
    const hit = this.entries.get(userId);
    return hit?.tokenVersion === tokenVersion ? hit : undefined;
  }

  set(userId: string, entry: CachedSession): void {
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    if (this.entries.size > MAX_USERS) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(userId: string): void {
    this.entries.delete(userId);
  }
}
