import type { DataSource, EntityManager } from 'typeorm';
import type { Repositories } from './repositories';
import type { ReminderSweepRepository } from '../reminders/reminder-sweep.repository';

export interface TransactionOptions {
  /** Raise the statement timeout for this transaction (exports, the sweep); never lowers it. */
  statementTimeoutMs?: number;
}

/**
 * The persistence port: libs/persistence implements it (`createDataAccess`) and the apps pass it
 * to the AppContext. Use cases see repositories only, never a connection.
 */
export interface DataAccess {
  /** Each call its own statement, outside any transaction. */
  readonly repositories: Repositories;
  /** The daily sweep's statements, each in a transaction of its own. */
  readonly reminderSweep: ReminderSweepRepository;
  /** `work` gets the repositories bound to one transaction: all of it commits, or none. */
  transaction<T>(work: (repos: Repositories) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Transitional, for the use cases that still write their own SQL (listed in
   * `libs/persistence/src/data-access-boundary.spec.ts`); each move to a repository removes one user.
   */
  readonly legacyDataSource: DataSource;
  /** Transitional: the repositories inside a transaction a not yet moved use case opened. */
  bind(m: EntityManager): Repositories;
}
