import { DataSource, type DataSourceOptions } from 'typeorm';
import type { EnvironmentVariables } from '@luyue/config';
import { ALL_MIGRATIONS } from './migrations';

/** Limits PostgreSQL enforces on every session of a pool (the app's; the owner's migrations run without). */
export interface SessionLimits {
  /** statement_timeout (ms): a runaway statement is cancelled (SQLSTATE 57014) instead of holding a connection. */
  statementTimeoutMs: number;
  /** idle_in_transaction_session_timeout (ms): a transaction left open ends with its session. */
  idleInTransactionTimeoutMs: number;
}

/** An app transaction idle this long has lost its caller: PostgreSQL ends the session and frees the locks. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

/** The one TypeORM configuration used by the api, the worker, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string, limits?: SessionLimits): DataSourceOptions {
  // JIT compiles the list counts on every request and costs more than it saves at this size.
  const settings = ['-c jit=off'];
  if (limits) {
    settings.push(`-c statement_timeout=${Math.trunc(limits.statementTimeoutMs)}`, `-c idle_in_transaction_session_timeout=${Math.trunc(limits.idleInTransactionTimeoutMs)}`);
  }
  return {
    type: 'postgres',
    url: databaseUrl,
    // No entities: the schema is the migrations', and data access is SQL (see docs/architecture.md).
    entities: [],
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, connectionTimeoutMillis: 5000, options: settings.join(' ') },
  };
}

export function createDataSource(databaseUrl: string, limits?: SessionLimits): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, limits));
}

type AppDatabaseEnv = Pick<EnvironmentVariables, 'APP_DATABASE_URL' | 'DB_STATEMENT_TIMEOUT_MS'>;

/** The app's connection (api, worker, user-facing CLI commands): the luyue_app role, with its session limits. */
export function appDataSourceOptions(env: AppDatabaseEnv): DataSourceOptions {
  return dataSourceOptions(env.APP_DATABASE_URL, { statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS, idleInTransactionTimeoutMs: IDLE_IN_TRANSACTION_TIMEOUT_MS });
}

export function createAppDataSource(env: AppDatabaseEnv): DataSource {
  return new DataSource(appDataSourceOptions(env));
}
