import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind, ObligationStatus } from '@luyue/contracts';
import { isOpen } from '@luyue/domain';
import {
  type ObligationMailItem,
  type RenderedMail,
  isPermanentSmtpError,
  renderDigestMail,
  renderReminderMail,
  smtpErrorReason,
} from '@luyue/mail';
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

/** A failure worth retrying (connection refused, timeout, 4xx): the queue backs off and tries again. */
export class RetryableSendError extends Error {}

export type SendOutcome = 'sent' | 'skipped' | 'failed';

interface NotificationRow {
  id: string;
  key: string;
  kind: NotificationKind;
  day: string;
  obligationId: string | null;
  recipientEmail: string;
  recipientName: string;
  recipientActive: boolean;
  messageId: string;
  status: string;
  payload: Record<string, unknown>;
}

const ITEM_COLUMNS = `o.id, o.title, o.text, o.article, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.status,
  r.title AS "regulationTitle",
  ARRAY(SELECT b.name FROM unnest(o.lead_body_ids) WITH ORDINALITY AS l(id, n) JOIN bodies b ON b.id = l.id ORDER BY l.n) AS "leadBodies"`;

/**
 * Sends one notification. Only a row still `pending` is sent; it is marked `sent` (with a
 * `reminder_sent` event on the obligation's trail, same transaction) once the SMTP server
 * has accepted it. A crash between acceptance and that UPDATE resends the same message
 * with the same Message-ID — the only duplicate possible.
 */
export class SendNotification {
  constructor(
    private readonly ds: DataSource,
    private readonly config: ReminderConfig,
    private readonly mailer: MailSender,
  ) {}

  async execute(notificationId: string, attempt: { number: number; max: number }): Promise<SendOutcome> {
    const row = await this.load(notificationId);
    if (!row || row.status !== 'pending') return 'skipped';

    const mail = await this.render(row);
    if (typeof mail === 'string') {
      // The world changed since the sweep (item closed, user deactivated): do not send stale news.
      await this.markFailed(row.id, `cancelled: ${mail}`);
      return 'failed';
    }

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
        await this.markFailed(row.id, reason);
        return 'failed';
      }
      await this.ds.query(`UPDATE notifications SET attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [row.id, reason]);
      throw new RetryableSendError(reason);
    }

    await this.ds.transaction(async (m) => {
      const updated: { id: string }[] = await m.query(
        `UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL
         WHERE id = $1 AND status = 'pending' RETURNING id`,
        [row.id],
      );
      if (updated.length && row.obligationId) await this.recordEvent(m, row);
    });
    return 'sent';
  }

  private async load(id: string): Promise<NotificationRow | undefined> {
    const rows: NotificationRow[] = await this.ds.query(
      `SELECT n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId",
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
    const baseUrl = this.config.baseUrl;
    if (row.kind === 'digest') return this.renderDigest(row);

    const [item] = await this.items([row.obligationId as string]);
    if (!item) return 'obligation not found';
    if (!isOpen(item.status)) return `obligation is ${item.status}`;
    const p = row.payload as { daysLeft?: number; daysOverdue?: number; toParent?: boolean };
    const common = { recipientName: row.recipientName, obligation: item, baseUrl };
    switch (row.kind) {
      case 'due_soon':
        return renderReminderMail({ ...common, kind: 'due_soon', daysLeft: p.daysLeft ?? 0 });
      case 'overdue':
        return renderReminderMail({ ...common, kind: 'overdue', daysOverdue: p.daysOverdue ?? 0 });
      case 'escalation':
        return renderReminderMail({ ...common, kind: 'escalation', daysOverdue: p.daysOverdue ?? 0, toParent: p.toParent === true });
    }
  }

  private async renderDigest(row: NotificationRow): Promise<RenderedMail> {
    const p = row.payload as { bodyId?: string; overdue?: string[]; dueSoon?: string[]; awaitingVerification?: string[] };
    const limit = this.config.digestListLimit;
    const sections = { overdue: p.overdue ?? [], dueSoon: p.dueSoon ?? [], awaitingVerification: p.awaitingVerification ?? [] };
    const shown = await this.items([...sections.overdue.slice(0, limit), ...sections.dueSoon.slice(0, limit), ...sections.awaitingVerification.slice(0, limit)]);
    const byId = new Map(shown.map((i) => [i.id, i]));
    const pick = (ids: string[]) => ids.slice(0, limit).flatMap((id) => byId.get(id) ?? []);
    const [body]: { name: string }[] = p.bodyId ? await this.ds.query('SELECT name FROM bodies WHERE id = $1', [p.bodyId]) : [];
    return renderDigestMail({
      recipientName: row.recipientName,
      bodyName: body?.name ?? '本单位',
      day: row.day,
      baseUrl: this.config.baseUrl,
      overdue: pick(sections.overdue),
      dueSoon: pick(sections.dueSoon),
      awaitingVerification: pick(sections.awaitingVerification),
      totals: { overdue: sections.overdue.length, dueSoon: sections.dueSoon.length, awaitingVerification: sections.awaitingVerification.length },
    });
  }

  private async items(ids: string[]): Promise<(ObligationMailItem & { status: ObligationStatus })[]> {
    if (!ids.length) return [];
    return this.ds.query(`SELECT ${ITEM_COLUMNS} FROM obligations o JOIN regulations r ON r.id = o.regulation_id WHERE o.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * The queue gave up on a job without the send path recording it (stalled too often, or an
   * error outside SMTP such as the database being away): the row ends `failed`, not stuck `pending`.
   */
  async giveUp(notificationId: string, reason: string): Promise<void> {
    await this.markFailed(notificationId, `gave up: ${reason}`);
  }

  private async markFailed(id: string, reason: string): Promise<void> {
    await this.ds.query(
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
