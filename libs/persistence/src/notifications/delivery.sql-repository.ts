import type { EntityManager } from 'typeorm';
import type { ObligationMailItem } from '@luyue/mail';
import type { DeliveryRepository, EmailDelivery, NoticeEvent, RobotDelivery } from '@luyue/application';

const ITEM_COLUMNS = `o.id, o.title, o.text, o.article, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.status,
  r.title AS "regulationTitle",
  ARRAY(SELECT b.name FROM unnest(o.lead_body_ids) WITH ORDINALITY AS l(id, n) JOIN bodies b ON b.id = l.id ORDER BY l.n) AS "leadBodies"`;

export class SqlDeliveryRepository implements DeliveryRepository {
  constructor(private readonly m: EntityManager) {}

  async email(id: string): Promise<EmailDelivery | undefined> {
    const rows: EmailDelivery[] = await this.m.query(
      `SELECT n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId", n.channel,
              n.recipient_email AS "recipientEmail", u.name AS "recipientName", u.active AS "recipientActive",
              n.message_id AS "messageId", n.status, n.payload
       FROM notifications n JOIN users u ON u.id = n.recipient_user_id
       WHERE n.id = $1`,
      [id],
    );
    return rows[0];
  }

  async robot(id: string): Promise<RobotDelivery | undefined> {
    const rows: RobotDelivery[] = await this.m.query(
      `SELECT n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId", n.status, n.payload,
              c.id AS "channelId", c.kind AS robot, c.webhook_encrypted AS "webhookEncrypted", c.secret_encrypted AS "secretEncrypted", c.active AS "channelActive"
       FROM notifications n JOIN notification_channels c ON c.id = n.channel_id
       WHERE n.id = $1`,
      [id],
    );
    return rows[0];
  }

  async pendingRobotChannel(id: string): Promise<string | null> {
    const [row]: { channelId: string }[] = await this.m.query(`SELECT channel_id AS "channelId" FROM notifications WHERE id = $1 AND status = 'pending' AND channel <> 'email'`, [id]);
    return row?.channelId ?? null;
  }

  async claim(id: string): Promise<'claimed' | 'busy' | 'gone'> {
    const claimed: { id: string }[] = await this.m.query(`SELECT id FROM notifications WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [id]);
    if (claimed.length) return 'claimed';
    const [current]: { status: string }[] = await this.m.query('SELECT status FROM notifications WHERE id = $1', [id]);
    return current?.status === 'pending' ? 'busy' : 'gone';
  }

  async recordRetry(id: string, reason: string): Promise<void> {
    await this.m.query(`UPDATE notifications SET attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [id, reason]);
  }

  async markSent(id: string): Promise<void> {
    await this.m.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1 AND status = 'pending'`, [id]);
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.m.query(`UPDATE notifications SET status = 'failed', attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [id, reason.slice(0, 500)]);
  }

  async addReminderSentEvent(row: EmailDelivery): Promise<void> {
    await this.m.query(`INSERT INTO obligation_events (obligation_id, type, note, data) VALUES ($1, 'reminder_sent', $2, $3)`, [
      row.obligationId,
      `${row.kind} → ${row.recipientEmail}`,
      JSON.stringify({ notificationId: row.id, kind: row.kind, day: row.day, recipientEmail: row.recipientEmail, messageId: row.messageId }),
    ]);
  }

  async mailItems(obligationIds: readonly string[]): Promise<Omit<ObligationMailItem, 'light'>[]> {
    if (!obligationIds.length) return [];
    return this.m.query(`SELECT ${ITEM_COLUMNS} FROM obligations o JOIN regulations r ON r.id = o.regulation_id WHERE o.id = ANY($1::uuid[])`, [obligationIds]);
  }

  async noticeEvent(eventId: string): Promise<NoticeEvent | undefined> {
    const [event]: NoticeEvent[] = await this.m.query(`SELECT e.note, e.data, u.name AS "actorName" FROM obligation_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.id = $1`, [eventId]);
    return event;
  }

  async bodyName(id: string): Promise<string | undefined> {
    const [body]: { name: string }[] = await this.m.query('SELECT name FROM bodies WHERE id = $1', [id]);
    return body?.name;
  }
}
