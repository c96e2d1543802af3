import type { DataAccess } from '../shared/data-access';
import type { Repositories } from '../shared/repositories';

/** A failure worth retrying (connection refused, timeout, 4xx): the queue backs off and tries again. */
export class RetryableSendError extends Error {}

export type SendOutcome = 'sent' | 'skipped' | 'failed';

/** What a delivery ended in, or why it should be tried again later. */
export type DeliveryResult = Exclude<SendOutcome, 'skipped'> | { retry: string };

/**
 * One delivery of a notification row at a time, e-mail or robot alike: the row is claimed (FOR
 * UPDATE SKIP LOCKED) for the send and its status update, so a job BullMQ hands out again while its
 * first delivery is still sending (its lock expired on a loaded machine) finds the row busy and
 * retries later, when it is sent. Only a crash between the receiver's acceptance and the commit
 * resends. A row no longer pending is skipped.
 */
export async function deliverClaimed(data: DataAccess, notificationId: string, deliver: (repos: Repositories) => Promise<DeliveryResult>): Promise<SendOutcome> {
  const outcome = await data.transaction(async (repos): Promise<SendOutcome | { retry: string }> => {
    const claim = await repos.deliveries.claim(notificationId);
    if (claim !== 'claimed') return claim === 'busy' ? { retry: 'another delivery of this notification is in flight' } : 'skipped';
    return deliver(repos);
  });
  if (typeof outcome === 'object') throw new RetryableSendError(outcome.retry);
  return outcome;
}
