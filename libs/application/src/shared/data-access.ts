import type { Repositories } from './repositories';
import type { ReminderSweepRepository } from '../reminders/reminder-sweep.repository';

export interface TransactionOptions {
  /** Raise the statement timeout for this transaction (exports, the sweep); never lowers it. */
  statementTimeoutMs?: number;
  /** One read-only REPEATABLE READ snapshot (a consistent view across many statements). */
  snapshot?: boolean;
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
}
