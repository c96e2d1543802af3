import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppContext, type AuthenticatedUser, changeVersionSql } from '@luyue/application';
import { type SessionClaims, verifySessionToken } from './session-token';

export interface SessionUser extends AuthenticatedUser {
  /** The bodies' change counter, read in the same statement (see the guard). */
  bodiesVersion: string;
}

/**
 * A token is a live session only while its user is active and its `ver` is still the user's
 * token_version: a password, role or body change, a deactivation and a logout bump that version
 * (see migration 1764700000000), so every earlier token fails on its very next request, on every
 * api process, Bull Board included.
 */
@Injectable()
export class SessionVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly ctx: AppContext,
  ) {}

  async verify(token: string | undefined): Promise<{ claims: SessionClaims; user: SessionUser }> {
    return this.verifyClaims(await this.claims(token));
  }

  /** The token's signed claims (signature, algorithm, expiry), without reading the user. */
  claims(token: string | undefined): Promise<SessionClaims> {
    return verifySessionToken(this.jwt, token);
  }

  /** The user of verified claims, when the session is still live. */
  async verifyClaims(claims: SessionClaims): Promise<{ claims: SessionClaims; user: SessionUser }> {
    const [user]: (SessionUser & { active: boolean; tokenVersion: number })[] = await this.ctx.ds.query(
      `SELECT id, email, name, role, body_id AS "bodyId", active, token_version AS "tokenVersion", ${changeVersionSql('bodies')} AS "bodiesVersion"
       FROM users WHERE id = $1`,
      [claims.sub],
    );
    if (!user?.active || user.tokenVersion !== claims.ver) throw new UnauthorizedException('Invalid or expired token');
    return { claims, user: { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId, bodiesVersion: user.bodiesVersion } };
  }

  /** Ends every session of the token's user (logout). A token that is no longer valid ends nothing. */
  async endSessions(token: string | undefined): Promise<void> {
    const claims = await verifySessionToken(this.jwt, token).catch(() => undefined);
    if (!claims) return;
    await this.ctx.ds.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1 AND token_version = $2', [claims.sub, claims.ver]);
  }
}
