import type { DataSource } from 'typeorm';
import type { DataAccess, Repositories, TransactionOptions } from '@luyue/application';
import { withStatementTimeout } from './shared/statement-timeout';
import { createRepositories } from './repositories';
import { SqlReminderSweepRepository } from './reminders/reminder-sweep.sql-repository';

/** The application's DataAccess port over one TypeORM data source. */
export function createDataAccess(ds: DataSource): DataAccess {
  return {
    repositories: createRepositories(ds.manager),
    reminderSweep: new SqlReminderSweepRepository(ds),
    transaction: <T>(work: (repos: Repositories) => Promise<T>, options: TransactionOptions = {}): Promise<T> => {
      if (options.snapshot) {
        return ds.transaction('REPEATABLE READ', async (m) => {
          await m.query('SET TRANSACTION READ ONLY');
          return work(createRepositories(m));
        });
      }
      if (options.statementTimeoutMs) return withStatementTimeout(ds, options.statementTimeoutMs, (m) => work(createRepositories(m)));
      return ds.transaction((m) => work(createRepositories(m)));
    },
  };
}
