import type { AppContext } from '../shared/app-context';

/**
 * The queue gave up on a job without the send path recording it (stalled too often, or an error
 * outside SMTP or the webhook, such as the database being away): the row ends `failed`, not stuck `pending`.
 */
export class GiveUpNotificationUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(notificationId: string, reason: string): Promise<void> {
    return this.ctx.data.repositories.deliveries.markFailed(notificationId, `gave up: ${reason}`);
  }
}
