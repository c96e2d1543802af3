import { trustProxyOption, validateEnv } from './validate-env';

describe('validateEnv', () => {
  it('applies local defaults when nothing is set', () => {
    const env = validateEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.APP_TIME_ZONE).toBe('Asia/Shanghai');
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\//);
  });

  it('rejects a malformed DATABASE_URL with a message naming it', () => {
    expect(() => validateEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(/DATABASE_URL/);
  });

  it('rejects a non-numeric PORT naming it', () => {
    expect(() => validateEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('refuses the default JWT secret in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length' }).NODE_ENV).toBe('production');
  });

  it('keeps the Redis database index', () => {
    expect(validateEnv({ REDIS_URL: 'redis://127.0.0.1:6379/3' }).REDIS_URL).toBe('redis://127.0.0.1:6379/3');
  });

  it('trusts only a proxy on this host by default', () => {
    expect(validateEnv({}).TRUST_PROXY).toBe('loopback');
  });
});

describe('trustProxyOption', () => {
  it.each([
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
    ['true', true],
    ['false', false],
  ])('%s → %p', (value, option) => {
    expect(trustProxyOption(value)).toEqual(option);
  });
});
