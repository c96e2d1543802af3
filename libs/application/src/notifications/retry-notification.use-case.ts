import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canRetryNotifications } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { OutboxEntry } from './notification.repository';

/** POST /notifications/:id/retry: admins put a failed notification back to pending (its attempts kept); the caller re-enqueues it. */
export class RetryNotificationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string): Promise<OutboxEntry> {
    if (!canRetryNotifications(actor)) throw new ForbiddenActionError('retry notifications');
    const { notifications } = this.ctx.data.repositories;
    const row = await notifications.find(id);
    if (!row) throw new NotFoundError('Notification', id);
    if (row.status !== 'failed') throw new ValidationError('only a failed notification can be retried', { field: 'status', status: row.status });
    await notifications.resetFailed(id);
    return { id: row.id, key: row.key, channel: row.channel };
  }
}
