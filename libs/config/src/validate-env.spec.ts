import { assertChannelSecretKey, assertSessionSecret, trustProxyOption, validateEnv } from './validate-env';

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

  describe('the session secret (checked when the api boots)', () => {
    const APP = { APP_DATABASE_URL: 'postgres://luyue_app:pw@db:5432/luyue' };
    it.each([undefined, 'production', 'staging', 'prod'])('refuses the built-in JWT secret with NODE_ENV=%s, naming JWT_SECRET', (stage) => {
      expect(() => assertSessionSecret(validateEnv({ NODE_ENV: stage, ...APP }))).toThrow(/JWT_SECRET must be set/);
    });
    it.each(['development', 'test'])('accepts it with NODE_ENV=%s', (stage) => {
      expect(() => assertSessionSecret(validateEnv({ NODE_ENV: stage }))).not.toThrow();
    });
    it('accepts a secret of your own anywhere', () => {
      expect(() => assertSessionSecret(validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length', ...APP }))).not.toThrow();
      expect(() => assertSessionSecret(validateEnv({ JWT_SECRET: 'a-real-secret-of-some-length' }))).not.toThrow();
    });
  });

  it('listens on 127.0.0.1 by default and on all interfaces in production; HOST wins', () => {
    expect(validateEnv({}).HOST).toBe('127.0.0.1');
    expect(validateEnv({ NODE_ENV: 'staging' }).HOST).toBe('127.0.0.1');
    expect(validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length', APP_DATABASE_URL: 'postgres://luyue_app:pw@db:5432/luyue' }).HOST).toBe('0.0.0.0');
    expect(validateEnv({ HOST: '::1' }).HOST).toBe('::1');
    expect(() => validateEnv({ HOST: 'a b' })).toThrow(/HOST/);
  });

  it('refuses a malformed NODE_ENV naming it', () => {
    expect(() => validateEnv({ NODE_ENV: 'Prod; rm' })).toThrow(/NODE_ENV/);
  });

  describe('APP_DATABASE_URL (the least-privileged app connection)', () => {
    const PROD = { NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-some-length' };

    it('defaults outside production to DATABASE_URL with the user luyue_app and no password', () => {
      expect(validateEnv({}).APP_DATABASE_URL).toBe('postgres://luyue_app@127.0.0.1:5432/luyue');
      expect(validateEnv({ DATABASE_URL: 'postgres://owner:secret@db.local:6543/luyue_test?sslmode=disable' }).APP_DATABASE_URL).toBe('postgres://luyue_app@db.local:6543/luyue_test?sslmode=disable');
    });

    it('keeps an explicit value', () => {
      expect(validateEnv({ APP_DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/other' }).APP_DATABASE_URL).toBe('postgres://app:pw@127.0.0.1:5432/other');
    });

    it('is required in production, with a message naming it', () => {
      expect(() => validateEnv(PROD)).toThrow(/APP_DATABASE_URL must be set in production/);
    });

    it('must name a password in production', () => {
      expect(() => validateEnv({ ...PROD, APP_DATABASE_URL: 'postgres://luyue_app@db:5432/luyue' })).toThrow(/APP_DATABASE_URL must name a password/);
      expect(validateEnv({ ...PROD, APP_DATABASE_URL: 'postgres://luyue_app:s3cret@db:5432/luyue' }).APP_DATABASE_URL).toBe('postgres://luyue_app:s3cret@db:5432/luyue');
    });

    it('rejects a malformed value naming it', () => {
      expect(() => validateEnv({ APP_DATABASE_URL: 'mysql://nope' })).toThrow(/APP_DATABASE_URL must be a postgres:\/\/ URL/);
      expect(() => validateEnv({ ...PROD, APP_DATABASE_URL: 'luyue_app:pw@db/luyue' })).toThrow(/APP_DATABASE_URL/);
    });

    it('reports a malformed DATABASE_URL once, not as a derived APP_DATABASE_URL error', () => {
      expect(() => validateEnv({ DATABASE_URL: 'nope' })).toThrow(/^Invalid configuration: DATABASE_URL must be a postgres:\/\/ URL[^;]*$/);
    });
  });

  it('bounds statements on the app connection to 5 s unless DB_STATEMENT_TIMEOUT_MS says otherwise', () => {
    expect(validateEnv({}).DB_STATEMENT_TIMEOUT_MS).toBe(5000);
    expect(validateEnv({ DB_STATEMENT_TIMEOUT_MS: '30000' }).DB_STATEMENT_TIMEOUT_MS).toBe(30000);
    expect(() => validateEnv({ DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
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

  describe('CHANNEL_SECRET_KEY (issue 17)', () => {
    const PROD = { NODE_ENV: 'production', APP_DATABASE_URL: 'postgres://luyue_app:pw@db:5432/luyue' };
    it('has a development default outside production', () => {
      expect(validateEnv({}).CHANNEL_SECRET_KEY.length).toBeGreaterThanOrEqual(32);
    });
    it('is required in production, naming it (checked when the api and worker boot)', () => {
      expect(() => assertChannelSecretKey(validateEnv(PROD))).toThrow(/CHANNEL_SECRET_KEY must be set in production/);
      expect(() => assertChannelSecretKey(validateEnv({ ...PROD, CHANNEL_SECRET_KEY: 'x'.repeat(32) }))).not.toThrow();
      expect(() => assertChannelSecretKey(validateEnv({ NODE_ENV: 'development' }))).not.toThrow();
    });
    it('refuses fewer than 32 characters', () => {
      expect(() => validateEnv({ CHANNEL_SECRET_KEY: 'short' })).toThrow(/CHANNEL_SECRET_KEY must be at least 32 characters/);
    });
    it('CHANNEL_ALLOWED_HOSTS defaults to the two vendors and rejects junk', () => {
      expect(validateEnv({}).CHANNEL_ALLOWED_HOSTS).toBe('qyapi.weixin.qq.com,oapi.dingtalk.com');
      expect(() => validateEnv({ CHANNEL_ALLOWED_HOSTS: 'evil.example/path' })).toThrow(/CHANNEL_ALLOWED_HOSTS/);
    });
  });
});
