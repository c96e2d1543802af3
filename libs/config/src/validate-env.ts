import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { APP_DATABASE_ROLE, appDatabaseUrl, urlHasPassword } from './database-urls';
import { DEFAULT_CHANNEL_SECRET_KEY, DEFAULT_JWT_SECRET, EnvironmentVariables } from './env.schema';

/** Thrown when the environment is unusable; its message names every bad variable. */
export class ConfigError extends Error {}

/**
 * Validates raw environment values (process.env or a test object) into typed config.
 * Empty strings count as unset so defaults apply.
 */
export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const production = present['NODE_ENV'] === 'production';
  const appUrlGiven = typeof present['APP_DATABASE_URL'] === 'string';
  if (!appUrlGiven && !production) present['APP_DATABASE_URL'] = appDatabaseUrl(String(present['DATABASE_URL'] ?? new EnvironmentVariables().DATABASE_URL));
  present['HOST'] ??= production ? '0.0.0.0' : '127.0.0.1';
  const config = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  // A derived APP_DATABASE_URL is only as good as DATABASE_URL, whose own error then says so.
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false }).filter((e) => appUrlGiven || e.property !== 'APP_DATABASE_URL');
  const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`)));
  if (production && !appUrlGiven) {
    messages.push(`APP_DATABASE_URL must be set in production: the ${APP_DATABASE_ROLE} role's connection, with its password`);
  } else if (production && !urlHasPassword(config.APP_DATABASE_URL)) {
    messages.push('APP_DATABASE_URL must name a password in production, e.g. postgres://luyue_app:PASSWORD@db.example:5432/luyue');
  }
  if (messages.length) throw new ConfigError(`Invalid configuration: ${messages.join('; ')}`);
  return config;
}

/** Stages whose api may sign sessions with the published development secret. */
const DEV_SECRET_STAGES = ['development', 'test'];

/**
 * The api signs sessions with JWT_SECRET: the built-in development secret is published, so it is
 * refused unless NODE_ENV is development or test (an unset NODE_ENV counts as neither). Checked
 * when the api boots, not in validateEnv: the worker and the CLI sign nothing.
 */
export function assertSessionSecret(env: EnvironmentVariables): void {
  if (env.JWT_SECRET === DEFAULT_JWT_SECRET && !DEV_SECRET_STAGES.includes(env.NODE_ENV ?? '')) {
    throw new ConfigError(
      `Invalid configuration: JWT_SECRET must be set to a secret of your own (NODE_ENV=${env.NODE_ENV ?? '(unset)'}; the built-in development secret is accepted only with NODE_ENV=development or test)`,
    );
  }
}

/**
 * Robot webhooks and secrets are encrypted with CHANNEL_SECRET_KEY; the built-in one is
 * published, so the api and the worker refuse to start with it in production.
 */
export function assertChannelSecretKey(env: EnvironmentVariables): void {
  if (env.NODE_ENV === 'production' && env.CHANNEL_SECRET_KEY === DEFAULT_CHANNEL_SECRET_KEY) {
    throw new ConfigError('Invalid configuration: CHANNEL_SECRET_KEY must be set in production: a secret of at least 32 characters that encrypts the robot webhooks');
  }
}

let cached: EnvironmentVariables | undefined;

/** The validated process environment (the only place Luyue reads process.env). */
export function loadEnv(): EnvironmentVariables {
  cached ??= validateEnv(process.env);
  return cached;
}

/** For tests that change process.env between app boots. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** TRUST_PROXY as Fastify's `trustProxy` option: a boolean, or addresses/CIDRs/`loopback`. */
export function trustProxyOption(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}
