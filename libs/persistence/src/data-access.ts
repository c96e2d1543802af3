import type { DataSource, EntityManager } from 'typeorm';
import type { DataAccess, Repositories, TransactionOptions } from '@luyue/application';
import { withStatementTimeout } from './shared/statement-timeout';
import { createRepositories } from './repositories';
import { SqlReminderSweepRepository } from './reminders/reminder-sweep.sql-repository';

/** The application's DataAccess port over one TypeORM data source. */
export function createDataAccess(ds: DataSource): DataAccess {
  return {
    repositories: createRepositories(ds.manager),
    reminderSweep: new SqlReminderSweepRepository(ds),
    transaction: <T>(work: (repos: Repositories) => Promise<T>, options?: TransactionOptions): Promise<T> =>
      options?.statementTimeoutMs
        ? withStatementTimeout(ds, options.statementTimeoutMs, (m) => work(createRepositories(m)))
        : ds.transaction((m) => work(createRepositories(m))),
    legacyDataSource: ds,
    bind: (m: EntityManager) => createRepositories(m),
  };
}
