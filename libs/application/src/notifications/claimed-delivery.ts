import type { DataSource, EntityManager } from 'typeorm';

/** A failure worth retrying (connection refused, timeout, 4xx): the queue backs off and tries again. */
export class RetryableSendError extends Error {}

export type SendOutcome = 'sent' | 'skipped' | 'failed';

/** What a delivery ended in, or why it should be tried again later. */
export type DeliveryResult = Exclude<SendOutcome, 'skipped'> | { retry: string };

/**
 * One delivery of a notification row at a time, e-mail or robot alike: the row is locked (FOR
 * UPDATE SKIP LOCKED) for the send and its status update, so a job BullMQ hands out again while its
 * first delivery is still sending (its lock expired on a loaded machine) finds the row locked and
 * retries later, when it is sent. Only a crash between the receiver's acceptance and the commit
 * resends. A row no longer pending is skipped.
 */
export async function deliverClaimed(ds: DataSource, notificationId: string, deliver: (m: EntityManager) => Promise<DeliveryResult>): Promise<SendOutcome> {
  const outcome = await ds.transaction(async (m): Promise<SendOutcome | { retry: string }> => {
    const claimed: { id: string }[] = await m.query(`SELECT id FROM notifications WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [notificationId]);
    if (!claimed.length) {
      const [current]: { status: string }[] = await m.query('SELECT status FROM notifications WHERE id = $1', [notificationId]);
      return current?.status === 'pending' ? { retry: 'another delivery of this notification is in flight' } : 'skipped';
    }
    return deliver(m);
  });
  if (typeof outcome === 'object') throw new RetryableSendError(outcome.retry);
  return outcome;
}
