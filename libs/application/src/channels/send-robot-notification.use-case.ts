import type { DataSource, EntityManager } from 'typeorm';
import type { RobotKind } from '@luyue/contracts';
import { type RobotMessage, DIGEST_SECTIONS, digestMarkdown, eventMarkdown, reminderMarkdown } from '@luyue/mail';
import { NotificationContentLoader, type NoticeContent } from '../notifications/notification-content';
import type { ReminderConfig } from '../reminders/reminder-config';
import { type SendOutcome, deliverClaimed } from '../notifications/claimed-delivery';
import { ChannelCipher } from './channel-cipher';
import { allowedHostsFrom, checkWebhook } from './webhook-policy';
import { postToRobot } from './robot-client';

interface RobotRow {
  id: string;
  key: string;
  kind: NoticeContent['kind'];
  day: string;
  obligationId: string | null;
  status: string;
  payload: Record<string, unknown>;
  channelId: string;
  robot: RobotKind;
  webhookEncrypted: string;
  secretEncrypted: string | null;
  channelActive: boolean;
}

export interface RobotSettings {
  secretKey: string;
  allowedHosts: string;
}

/** Sends one robot row: renders the markdown, posts it, and records the answer on the row. */
export class SendRobotNotification {
  private readonly content: NotificationContentLoader;
  private readonly cipher: ChannelCipher;
  private readonly allowedHosts: string[];

  constructor(
    private readonly ds: DataSource,
    private readonly config: ReminderConfig,
    settings: RobotSettings,
    private readonly post: typeof postToRobot = postToRobot,
  ) {
    this.content = new NotificationContentLoader(ds, config);
    this.cipher = new ChannelCipher(settings.secretKey);
    this.allowedHosts = allowedHostsFrom(settings.allowedHosts);
  }

  /** The channel of a pending robot row (the processor rate-limits on it), or null when there is nothing to send. */
  async channelOf(notificationId: string): Promise<string | null> {
    const [row]: { channelId: string }[] = await this.ds.query(
      `SELECT channel_id AS "channelId" FROM notifications WHERE id = $1 AND status = 'pending' AND channel <> 'email'`,
      [notificationId],
    );
    return row?.channelId ?? null;
  }

  async execute(notificationId: string, attempt: { number: number; max: number }): Promise<SendOutcome> {
    const row = await this.load(notificationId);
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
    return deliverClaimed(this.ds, row.id, async (m) => {
      const reply = await this.post(row.robot, webhook, secret, message);
      if (reply.outcome === 'sent') {
        await m.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1`, [row.id]);
        return 'sent';
      }
      if (reply.outcome === 'invalid' || attempt.number >= attempt.max) {
        await this.fail(row.id, reply.reason, m);
        return 'failed';
      }
      await m.query(`UPDATE notifications SET attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [row.id, reply.reason]);
      return { retry: reply.reason };
    });
  }

  async giveUp(notificationId: string, reason: string): Promise<void> {
    await this.fail(notificationId, `gave up: ${reason}`);
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

  private async load(id: string): Promise<RobotRow | undefined> {
    const rows: RobotRow[] = await this.ds.query(
      `SELECT n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId", n.status, n.payload,
              c.id AS "channelId", c.kind AS robot, c.webhook_encrypted AS "webhookEncrypted", c.secret_encrypted AS "secretEncrypted", c.active AS "channelActive"
       FROM notifications n JOIN notification_channels c ON c.id = n.channel_id
       WHERE n.id = $1`,
      [id],
    );
    return rows[0];
  }

  private async fail(id: string, reason: string, m: Pick<EntityManager, 'query'> = this.ds): Promise<SendOutcome> {
    await m.query(`UPDATE notifications SET status = 'failed', attempts = attempts + 1, error = $2 WHERE id = $1 AND status = 'pending'`, [id, reason.slice(0, 500)]);
    return 'failed';
  }
}
