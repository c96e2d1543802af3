import type { DataSource } from 'typeorm';
import type { IsoDate } from '@luyue/contracts';
import { SWEEP_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../shared/statement-timeout';
import { INSERT_CHANNEL_REMINDERS } from './channel-fanout.sql';

/**
 * After the sweep has written the day's e-mail rows: the same reminders for the bodies' group
 * robots, one row per channel (idempotent by key). The outbox relay enqueues them on the robot
 * queue. Answers how many rows were created.
 */
export async function fanOutToChannels(ds: DataSource, day: IsoDate, sweepId: string, mailDomain: string): Promise<number> {
  const [{ created }] = await withStatementTimeout(ds, SWEEP_STATEMENT_TIMEOUT_MS, (m) => m.query(INSERT_CHANNEL_REMINDERS, [day, sweepId, mailDomain]));
  return created;
}
