import type { AppContext } from '../shared/app-context';
import type { OutboxEntry } from './notification.repository';

/** An outbox row as the relay hands it on. */
export type OutboxRow = OutboxEntry;

/** Where the relay hands rows: e-mail jobs and robot jobs (ids from the keys: re-adding is a no-op). */
export interface OutboxQueues {
  enqueueEmails(rows: readonly { id: string; key: string }[]): Promise<number>;
  enqueueRobots(rows: readonly { id: string; key: string }[]): Promise<number>;
}

const BATCH = 5000;

/**
 * The outbox relay: rows a transaction wrote (hand-off notices) and robot rows wait `pending`
 * until a worker enqueues them. Run every OUTBOX_POLL_MS by the worker; the sweep enqueues its
 * own e-mail rows. A row whose job already exists (waiting, backing off, done) is not added again.
 */
export class RelayOutboxUseCase {
  constructor(
    private readonly ctx: AppContext,
    private readonly queues: OutboxQueues,
  ) {}

  async execute(): Promise<{ emails: number; robots: number }> {
    const rows = await this.ctx.data.repositories.notifications.pendingOutbox(BATCH);
    const emails = rows.filter((r) => r.channel === 'email');
    const robots = rows.filter((r) => r.channel !== 'email');
    if (emails.length) await this.queues.enqueueEmails(emails);
    if (robots.length) await this.queues.enqueueRobots(robots);
    return { emails: emails.length, robots: robots.length };
  }
}
