import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEFAULT_JWT_SECRET, EnvironmentVariables } from './env.schema';

/** Thrown when the environment is unusable; its message names every bad variable. */
export class ConfigError extends Error {}

/**
 * Validates raw environment values (process.env or a test object) into typed config.
 * Empty strings count as unset so defaults apply.
 */
export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`)));
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEFAULT_JWT_SECRET) {
    messages.push('JWT_SECRET must be set to a secret of your own in production');
  }
  if (messages.length) throw new ConfigError(`Invalid configuration: ${messages.join('; ')}`);
  return config;
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
