import type { SessionClaims } from './session-token';

/** The verified payload: the session claims and the token's expiry (seconds since the epoch). */
type VerifiedClaims = SessionClaims & { exp?: number };

/**
 * Tokens whose signature was already checked, with their claims: a token's text fixes its claims,
 * so a repeated request skips the HMAC and JSON decoding (4 % of a list request's CPU) and only
 * its expiry is checked again. Whether the session is still live is never cached here.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedClaims>();

  constructor(private readonly maxTokens = 10_000) {}

  /** The claims of a token verified before and not expired since. */
  get(token: string, nowMs = Date.now()): VerifiedClaims | undefined {
    const claims = this.entries.get(token);
    if (!claims) return undefined;
    if (typeof claims.exp === 'number' && claims.exp * 1000 > nowMs) return claims;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, claims: VerifiedClaims): void {
    if (typeof claims.exp !== 'number') return; // a token without expiry is never kept
    this.entries.set(token, claims);
    if (this.entries.size > this.maxTokens) this.entries.delete(this.entries.keys().next().value as string);
  }
}
