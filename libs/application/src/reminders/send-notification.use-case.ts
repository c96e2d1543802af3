import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from '@luyue/contracts';
import { type RenderedMail, isPermanentSmtpError, renderDigestMail, renderEventMail, renderReminderMail, smtpErrorReason } from '@luyue/mail';
import { NotificationContentLoader } from '../notifications/notification-content';
import { type SendOutcome, deliverClaimed } from '../notifications/claimed-delivery';
import type { ReminderConfig } from './reminder-config';

/** The SMTP side (a nodemailer transporter). */
export interface MailSender {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

export { RetryableSendError, type SendOutcome } from '../notifications/claimed-delivery';

interface NotificationRow {
  id: string;
  key: string;
  kind: NotificationKind;
  day: string;
  obligationId: string | null;
  channel: string;
  recipientEmail: string;
  recipientName: string;
  recipientActive: boolean;
  messageId: string;
  status: string;
  payload: Record<string, unknown>;
}

/**
 * Sends one e-mail notification. Only a row still `pending` is sent; it is marked `sent` (with a
 * `reminder_sent` event on the obligation's trail, same transaction) once the SMTP server
 * has accepted it. A crash between acceptance and that UPDATE resends the same message
 * with the same Message-ID — the only duplicate possible. Robot rows are the robot queue's.
 */
export class SendNotification {
  private readonly content: NotificationContentLoader;

  constructor(
    private readonly ds: DataSource,
    private readonly config: ReminderConfig,
    private readonly mailer: MailSender,
  ) {
    this.content = new NotificationContentLoader(ds, config);
  }

  async execute(notificationId: string, attempt: { number: number; max: number }): Promise<SendOutcome> {
    const row = await this.load(notificationId);
    if (!row || row.status !== 'pending' || row.channel !== 'email') return 'skipped';

    const mail = await this.render(row);
    if (typeof mail === 'string') {
      // The world changed since the row was written (item closed, user deactivated): do not send stale news.
      await this.markFailed(row.id, `cancelled: ${mail}`);
      return 'failed';
    }

    return deliverClaimed(this.ds, row.id, async (m) => {
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
          await this.markFailed(row.id, reason, m);
          return 'failed';
        }
        await m.query(`UPDATE notifications SET attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [row.id, reason]);
        return { retry: reason };
      }
      await m.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1`, [row.id]);
      if (row.obligationId) await this.recordEvent(m, row);
      return 'sent';
    });
  }

  private async load(id: string): Promise<NotificationRow | undefined> {
    const rows: NotificationRow[] = await this.ds.query(
      `SELECT n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId", n.channel,
              n.recipient_email AS "recipientEmail", u.name AS "recipientName", u.active AS "recipientActive",
              n.message_id AS "messageId", n.status, n.payload
       FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE n.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The rendered mail, or why it should not be sent any more. */
  private async render(row: NotificationRow): Promise<RenderedMail | string> {
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

  /**
   * The queue gave up on a job without the send path recording it (stalled too often, or an
   * error outside SMTP such as the database being away): the row ends `failed`, not stuck `pending`.
   */
  async giveUp(notificationId: string, reason: string): Promise<void> {
    await this.markFailed(notificationId, `gave up: ${reason}`);
  }

  private async markFailed(id: string, reason: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `UPDATE notifications SET status = 'failed', attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`,
      [id, reason.slice(0, 500)],
    );
  }

  private async recordEvent(m: EntityManager, row: NotificationRow): Promise<void> {
    await m.query(
      `INSERT INTO obligation_events (obligation_id, type, note, data) VALUES ($1, 'reminder_sent', $2, $3)`,
      [
        row.obligationId,
        `${row.kind} → ${row.recipientEmail}`,
        JSON.stringify({ notificationId: row.id, kind: row.kind, day: row.day, recipientEmail: row.recipientEmail, messageId: row.messageId }),
      ],
    );
  }
}
