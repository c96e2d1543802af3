import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: notices of hand-offs and group robots.
 * - users: e-mail on/off per sweep kind and for hand-off notices, and a manager's digest weekday
 *   (ISO, 1 = Monday, the old fixed day);
 * - notification_channels: a body's WeCom / DingTalk robots; the webhook URL (its key is the
 *   credential) and the DingTalk secret are stored AES-GCM encrypted, with a masked form to show;
 * - notifications: hand-off kinds, the channel a row travels by, the robot it goes to (then no
 *   recipient user), the event that caused it. Rows not made by the sweep are found by the outbox
 *   relay through a partial index of the pending ones.
 */
export class NotificationChannels1764920000000 implements MigrationInterface {
  name = 'NotificationChannels1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN notify_overdue boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_escalation boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_digest boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_events boolean NOT NULL DEFAULT true,
        ADD COLUMN digest_weekday smallint NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7)`);

    await q.query(`
      CREATE TABLE notification_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('wecom','dingtalk')),
        name text NOT NULL DEFAULT '',
        webhook_encrypted text NOT NULL,
        webhook_masked text NOT NULL,
        secret_encrypted text,
        notices text[] NOT NULL DEFAULT '{due_soon,overdue,escalation,digest,events}'
          CHECK (notices <@ '{due_soon,overdue,escalation,digest,events}'::text[]),
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX notification_channels_body_idx ON notification_channels (body_id) WHERE active');

    await q.query('ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check');
    await q.query(`
      ALTER TABLE notifications
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('due_soon','overdue','escalation','digest',
          'submitted','returned','verified','waived','reopened','assigned','extension_requested','extension_decided')),
        ALTER COLUMN recipient_user_id DROP NOT NULL,
        ALTER COLUMN recipient_email DROP NOT NULL,
        ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email','wecom','dingtalk')),
        ADD COLUMN channel_id uuid REFERENCES notification_channels(id) ON DELETE CASCADE,
        ADD COLUMN event_id bigint,
        ADD CONSTRAINT notifications_recipient_check CHECK (
          (channel = 'email' AND recipient_user_id IS NOT NULL AND recipient_email IS NOT NULL AND channel_id IS NULL)
          OR (channel <> 'email' AND channel_id IS NOT NULL))`);
    await q.query(`CREATE INDEX notifications_outbox_idx ON notifications (created_at) WHERE status = 'pending' AND (sweep_id IS NULL OR channel <> 'email')`);
    await q.query('CREATE INDEX notifications_event_idx ON notifications (event_id) WHERE event_id IS NOT NULL');
    await q.query('CREATE INDEX notifications_channel_idx ON notifications (channel_id) WHERE channel_id IS NOT NULL');

    await q.query('GRANT SELECT, INSERT, UPDATE, DELETE ON notification_channels TO luyue_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE channel <> 'email' OR kind NOT IN ('due_soon','overdue','escalation','digest')`);
    await q.query('DROP INDEX IF EXISTS notifications_outbox_idx');
    await q.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_recipient_check,
        DROP COLUMN event_id, DROP COLUMN channel_id, DROP COLUMN channel,
        ALTER COLUMN recipient_user_id SET NOT NULL,
        ALTER COLUMN recipient_email SET NOT NULL,
        DROP CONSTRAINT notifications_kind_check,
        ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('due_soon','overdue','escalation','digest'))`);
    await q.query('DROP TABLE notification_channels');
    await q.query('ALTER TABLE users DROP COLUMN notify_overdue, DROP COLUMN notify_escalation, DROP COLUMN notify_digest, DROP COLUMN notify_events, DROP COLUMN digest_weekday');
  }
}
