import { JwtService } from '@nestjs/jwt';
import { UnauthorizedException } from '@nestjs/common';
import { VerifiedTokens } from './verified-tokens';
import { SessionVerifier } from './session-verifier';
import { JWT_ALGORITHM } from './session-token';

const claims = (exp?: number) => ({ sub: 'u1', email: 'a@example.org', role: 'admin' as const, bodyId: null, ver: 1, ...(exp === undefined ? {} : { exp }) });

describe('VerifiedTokens', () => {
  it('answers a token verified before until its expiry, then forgets it', () => {
    const tokens = new VerifiedTokens();
    tokens.set('t1', claims(1_000));
    expect(tokens.get('t1', 999_999)?.sub).toBe('u1');
    expect(tokens.get('t1', 1_000_000)).toBeUndefined();
    expect(tokens.get('t1', 0)).toBeUndefined(); // dropped at the expired read
  });

  it('never keeps a token without expiry, and knows no other token', () => {
    const tokens = new VerifiedTokens();
    tokens.set('t1', claims());
    expect(tokens.get('t1', 0)).toBeUndefined();
    tokens.set('t2', claims(10));
    expect(tokens.get('t2x', 0)).toBeUndefined();
  });

  it('drops the oldest token beyond its capacity', () => {
    const tokens = new VerifiedTokens(2);
    for (const t of ['a', 'b', 'c']) tokens.set(t, claims(10));
    expect([tokens.get('a', 0), tokens.get('b', 0)?.sub, tokens.get('c', 0)?.sub]).toEqual([undefined, 'u1', 'u1']);
  });
});

describe('SessionVerifier.claims with known tokens', () => {
  const jwt = new JwtService({ secret: 'unit-test-secret-0123456789abcdef', signOptions: { algorithm: JWT_ALGORITHM } });
  const verifier = new SessionVerifier(jwt, {} as never, {} as never);

  it('still refuses a tampered copy of a token it verified', async () => {
    const token = await jwt.signAsync({ sub: 'u1', email: 'a@example.org', role: 'admin', bodyId: null, ver: 1 }, { expiresIn: 60 });
    expect((await verifier.claims(token)).sub).toBe('u1');
    expect((await verifier.claims(token)).sub).toBe('u1');
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'manager', sub: 'u2' })).toString('base64url');
    await expect(verifier.claims(`${header}.${forged}.${signature}`)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(verifier.claims(`${token.slice(0, -2)}xx`)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(verifier.claims(undefined)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses a token once it has expired, though verified before', async () => {
    const token = await jwt.signAsync({ sub: 'u1', email: 'a@example.org', role: 'admin', bodyId: null, ver: 1 }, { expiresIn: 1 });
    expect((await verifier.claims(token)).sub).toBe('u1');
    const later = Date.now() + 2_000;
    const now = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      await expect(verifier.claims(token)).rejects.toBeInstanceOf(UnauthorizedException);
    } finally {
      now.mockRestore();
    }
  });
});
