import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EndSessionsUseCase, FindSessionUserUseCase, type LiveSessionUser } from '@luyue/application';
import { type SessionClaims, verifySessionToken } from './session-token';
import { VerifiedTokens } from './verified-tokens';

export type SessionUser = LiveSessionUser;

/**
 * A token is a live session only while its user is active and its `ver` is still the user's
 * token_version (FindSessionUserUseCase), so every earlier token fails on its very next request,
 * on every api process, Bull Board included.
 */
@Injectable()
export class SessionVerifier {
  private readonly verifiedTokens = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    private readonly findUser: FindSessionUserUseCase,
    private readonly endAll: EndSessionsUseCase,
  ) {}

  async verify(token: string | undefined): Promise<{ claims: SessionClaims; user: SessionUser }> {
    return this.verifyClaims(await this.claims(token));
  }

  /** The token's signed claims (signature, algorithm, expiry), without reading the user. */
  async claims(token: string | undefined): Promise<SessionClaims> {
    const known = token ? this.verifiedTokens.get(token) : undefined;
    if (known) return known;
    const claims = await verifySessionToken(this.jwt, token);
    this.verifiedTokens.set(token as string, claims);
    return claims;
  }

  /** The user of verified claims, when the session is still live. */
  async verifyClaims(claims: SessionClaims): Promise<{ claims: SessionClaims; user: SessionUser }> {
    const user = await this.findUser.execute(claims.sub, claims.ver);
    if (!user) throw new UnauthorizedException('Invalid or expired token');
    return { claims, user };
  }

  /** Ends every session of the token's user (logout). A token that is no longer valid ends nothing. */
  async endSessions(token: string | undefined): Promise<void> {
    const claims = await verifySessionToken(this.jwt, token).catch(() => undefined);
    if (!claims) return;
    await this.endAll.execute(claims.sub, claims.ver);
  }
}
