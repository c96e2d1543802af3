import { type RenderedMail, isPermanentSmtpError, renderDigestMail, renderEventMail, renderReminderMail, smtpErrorReason } from '@luyue/mail';
import { NotificationContentLoader } from '../notifications/notification-content';
import type { EmailDelivery } from '../notifications/delivery.repository';
import { type SendOutcome, deliverClaimed } from '../notifications/claimed-delivery';
import type { AppContext } from '../shared/app-context';
import type { ReminderConfig } from './reminder-config';

/** The SMTP side (a nodemailer transporter). */
export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; messageId: string; headers: Record<string, string> }): Promise<unknown>;
}

/**
 * Sends one e-mail notification. Only a row still `pending` is sent; it is marked `sent` (with a
 * `reminder_sent` event on the obligation's trail, same transaction) once the SMTP server
 * has accepted it. A crash between acceptance and that UPDATE resends the same message
 * with the same Message-ID — the only duplicate possible. Robot rows are the robot queue's.
 */
export class SendNotificationUseCase {
  private readonly content: NotificationContentLoader;

  constructor(
    private readonly ctx: AppContext,
    private readonly config: ReminderConfig,
    private readonly mailer: MailSender,
  ) {
    this.content = new NotificationContentLoader(ctx, config);
  }

  async execute(notificationId: string, attempt: { number: number; max: number }): Promise<SendOutcome> {
    const row = await this.ctx.data.repositories.deliveries.email(notificationId);
    if (!row || row.status !== 'pending' || row.channel !== 'email') return 'skipped';

    const mail = await this.render(row);
    if (typeof mail === 'string') {
      // The world changed since the row was written (item closed, user deactivated): do not send stale news.
      await this.ctx.data.repositories.deliveries.markFailed(row.id, `cancelled: ${mail}`);
      return 'failed';
    }

    return deliverClaimed(this.ctx.data, row.id, async ({ deliveries }) => {
      try {
        await this.mailer.sendMail({
          from: this.config.mailFrom,
          to: row.recipientEmail,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: row.messageId,
          headers: { 'X-Luyue-Notification': row.key },
        });
      } catch (err) {
        const reason = smtpErrorReason(err);
        if (isPermanentSmtpError(err) || attempt.number >= attempt.max) {
          await deliveries.markFailed(row.id, reason);
          return 'failed';
        }
        await deliveries.recordRetry(row.id, reason);
        return { retry: reason };
      }
      await deliveries.markSent(row.id);
      if (row.obligationId) await deliveries.addReminderSentEvent(row);
      return 'sent';
    });
  }

  /** The rendered mail, or why it should not be sent any more. */
  private async render(row: EmailDelivery): Promise<RenderedMail | string> {
    if (!row.recipientActive) return 'recipient is inactive';
    const content = await this.content.load(row);
    if (typeof content === 'string') return content;
    const common = { recipientName: row.recipientName, baseUrl: this.config.baseUrl };
    switch (content.kind) {
      case 'due_soon':
      case 'overdue':
      case 'escalation':
        return renderReminderMail({ ...common, ...content });
      case 'digest':
        return renderDigestMail({ ...common, ...content });
      default:
        return renderEventMail({ ...common, ...content });
    }
  }
}
