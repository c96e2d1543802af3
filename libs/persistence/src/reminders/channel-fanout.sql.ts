// The sweep's reminders for the bodies' group robots, derived from the e-mail rows the sweep
// wrote for the day (so any rewrite of the selection carries over): one row per kind, subject
// and channel. due_soon / overdue go to the channels of the obligation's lead bodies;
// escalation and digest to the channel of the recipient manager's body (a parent body's
// channel gets the escalation its managers got). Only active channels that take the kind.
// Keys follow notificationKey() with recipient `channel-<id>`; the payload is the e-mail row's.
//
// Parameters: $1 day, $2 sweep id, $3 Message-ID domain.
export const INSERT_CHANNEL_REMINDERS = `
WITH targets AS (
  SELECT DISTINCT ON (n.kind, coalesce(n.obligation_id::text, 'digest'), ch.id)
         n.kind, n.obligation_id, n.payload, ch.id AS channel_id, ch.kind AS channel,
         n.kind || ':' || coalesce(n.obligation_id::text, 'digest') || ':' || to_char($1::date, 'YYYY-MM-DD') || ':channel-' || ch.id AS key
  FROM notifications n
  JOIN users u ON u.id = n.recipient_user_id
  LEFT JOIN obligations o ON o.id = n.obligation_id
  JOIN notification_channels ch ON ch.active AND n.kind = ANY(ch.notices)
   AND CASE WHEN n.kind IN ('due_soon', 'overdue') THEN ch.body_id = ANY(o.lead_body_ids) ELSE ch.body_id = u.body_id END
  WHERE n.day = $1::date AND n.channel = 'email' AND n.kind IN ('due_soon', 'overdue', 'escalation', 'digest')
  ORDER BY n.kind, coalesce(n.obligation_id::text, 'digest'), ch.id, n.created_at, n.id
),
inserted AS (
  INSERT INTO notifications (key, kind, day, obligation_id, channel, channel_id, message_id, sweep_id, payload)
  SELECT t.key, t.kind, $1::date, t.obligation_id, t.channel, t.channel_id,
         '<' || replace(t.key, ':', '.') || '@' || $3::text || '>', $2::text, t.payload
  FROM targets t
  ON CONFLICT (key) DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS created FROM inserted`;
