import { type RobotMessage, DIGEST_SECTIONS, digestMarkdown, eventMarkdown, reminderMarkdown } from '@luyue/mail';
import { NotificationContentLoader, type NoticeContent } from '../notifications/notification-content';
import type { ReminderConfig } from '../reminders/reminder-config';
import type { AppContext } from '../shared/app-context';
import { type SendOutcome, deliverClaimed } from '../notifications/claimed-delivery';
import { ChannelCipher } from './channel-cipher';
import { allowedHostsFrom, checkWebhook } from './webhook-policy';
import { postToRobot } from './robot-client';

export interface RobotSettings {
  secretKey: string;
  allowedHosts: string;
}

/** Sends one robot row: renders the markdown, posts it, and records the answer on the row. */
export class SendRobotNotificationUseCase {
  private readonly content: NotificationContentLoader;
  private readonly cipher: ChannelCipher;
  private readonly allowedHosts: string[];

  constructor(
    private readonly ctx: AppContext,
    private readonly config: ReminderConfig,
    settings: RobotSettings,
    private readonly post: typeof postToRobot = postToRobot,
  ) {
    this.content = new NotificationContentLoader(ctx, config);
    this.cipher = new ChannelCipher(settings.secretKey);
    this.allowedHosts = allowedHostsFrom(settings.allowedHosts);
  }

  async execute(notificationId: string, attempt: { number: number; max: number }): Promise<SendOutcome> {
    const row = await this.ctx.data.repositories.deliveries.robot(notificationId);
    if (!row || row.status !== 'pending') return 'skipped';
    if (!row.channelActive) return this.fail(row.id, 'cancelled: channel is inactive');

    let webhook: string;
    let secret: string | null;
    try {
      // The allow-list is checked again: it may have shrunk since the channel was saved.
      webhook = checkWebhook(row.robot, this.cipher.decrypt(row.webhookEncrypted), this.allowedHosts).toString();
      secret = row.secretEncrypted ? this.cipher.decrypt(row.secretEncrypted) : null;
    } catch (err) {
      return this.fail(row.id, `invalid channel: ${err instanceof Error ? err.message : String(err)}`);
    }
    const content = await this.content.load(row);
    if (typeof content === 'string') return this.fail(row.id, `cancelled: ${content}`);

    const message = this.render(content);
    return deliverClaimed(this.ctx.data, row.id, async ({ deliveries }) => {
      const reply = await this.post(row.robot, webhook, secret, message);
      if (reply.outcome === 'sent') {
        await deliveries.markSent(row.id);
        return 'sent';
      }
      if (reply.outcome === 'invalid' || attempt.number >= attempt.max) {
        await deliveries.markFailed(row.id, reply.reason);
        return 'failed';
      }
      await deliveries.recordRetry(row.id, reply.reason);
      return { retry: reply.reason };
    });
  }

  private render(content: NoticeContent): RobotMessage {
    const baseUrl = this.config.baseUrl;
    switch (content.kind) {
      case 'due_soon':
      case 'overdue':
      case 'escalation':
        return reminderMarkdown({ ...content, baseUrl });
      case 'digest':
        return digestMarkdown({
          bodyName: content.bodyName,
          day: content.day,
          baseUrl,
          sections: DIGEST_SECTIONS.map(([key, label]) => ({ label, total: content.totals[key], items: content[key].slice(0, 10) })),
        });
      default:
        return eventMarkdown({ ...content, baseUrl });
    }
  }

  private async fail(id: string, reason: string): Promise<SendOutcome> {
    await this.ctx.data.repositories.deliveries.markFailed(id, reason);
    return 'failed';
  }
}
