import type { EntityManager } from 'typeorm';
import type { IsoDate } from '@luyue/contracts';
import type { EventNoticeBatch, EventNoticeRepository } from '@luyue/application';

// One INSERT … SELECT for all the notices of a transaction. Recipients per audience (see
// noticeForEvent): lead_managers = active managers of the lead bodies; workers = active staff of
// the lead bodies and the assignee; newcomers = the users and the staff of the bodies the change
// brought in; requester = who asked for the extension. Never the actor; only users who keep
// `notify_events` on. Each active robot channel of the lead (or added) bodies that takes
// `events` gets the notice too. Keys are notificationKey({ kind, subjectId: `event-<id>`, day,
// recipient }) (user id, or `channel-<id>`), unique: writing the same event twice adds nothing.
//
// Parameters: $1 event ids, $2 kinds, $3 audiences (parallel arrays), $4/$5 newcomer (event id,
// user id) pairs, $6/$7 added (event id, body id) pairs, $8 day, $9 Message-ID domain.
const INSERT_EVENT_NOTICES = `
WITH notice AS (
  SELECT x.event_id, x.kind, x.audience, e.obligation_id, e.actor_id, e.data, o.lead_body_ids, o.assignee_id
  FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(event_id, kind, audience)
  JOIN obligation_events e ON e.id = x.event_id
  JOIN obligations o ON o.id = e.obligation_id
  -- An event is announced once: written again later (when the recipients may have changed), it adds nothing.
  WHERE NOT EXISTS (SELECT 1 FROM notifications done WHERE done.event_id = x.event_id)
),
added_bodies AS (
  SELECT * FROM unnest($6::bigint[], $7::uuid[]) AS a(event_id, body_id)
),
candidates AS (
  SELECT n.event_id, u.id AS user_id
  FROM notice n JOIN users u ON u.body_id = ANY(n.lead_body_ids) AND u.role = 'manager'
  WHERE n.audience = 'lead_managers'
  UNION
  SELECT n.event_id, u.id
  FROM notice n JOIN users u ON u.body_id = ANY(n.lead_body_ids) AND u.role = 'staff'
  WHERE n.audience = 'workers'
  UNION
  SELECT n.event_id, n.assignee_id FROM notice n WHERE n.audience = 'workers' AND n.assignee_id IS NOT NULL
  UNION
  SELECT p.event_id, p.user_id FROM unnest($4::bigint[], $5::uuid[]) AS p(event_id, user_id)
  UNION
  SELECT a.event_id, u.id FROM added_bodies a JOIN users u ON u.body_id = a.body_id AND u.role = 'staff'
  UNION
  SELECT n.event_id, r.requested_by
  FROM notice n JOIN extension_requests r ON r.id = (n.data->>'requestId')::uuid
  WHERE n.audience = 'requester'
),
rows AS (
  SELECT n.kind || ':event-' || n.event_id || ':' || $8::text || ':' || u.id AS key, n.kind, n.event_id, n.obligation_id,
         u.id AS user_id, u.email, 'email'::text AS channel, NULL::uuid AS channel_id
  FROM candidates c
  JOIN notice n ON n.event_id = c.event_id
  JOIN users u ON u.id = c.user_id
  WHERE u.active AND u.notify_events AND u.id IS DISTINCT FROM n.actor_id
  UNION ALL
  SELECT DISTINCT n.kind || ':event-' || n.event_id || ':' || $8::text || ':channel-' || ch.id, n.kind, n.event_id, n.obligation_id,
         NULL::uuid, NULL::text, ch.kind, ch.id
  FROM notice n
  JOIN notification_channels ch ON ch.active AND 'events' = ANY(ch.notices)
   AND (ch.body_id = ANY(n.lead_body_ids) OR ch.body_id IN (SELECT a.body_id FROM added_bodies a WHERE a.event_id = n.event_id))
),
inserted AS (
  INSERT INTO notifications (key, kind, day, obligation_id, recipient_user_id, recipient_email, channel, channel_id, event_id, message_id, payload)
  SELECT r.key, r.kind, $8::date, r.obligation_id, r.user_id, r.email, r.channel, r.channel_id, r.event_id,
         '<' || replace(r.key, ':', '.') || '@' || $9::text || '>', jsonb_build_object('eventId', r.event_id)
  FROM rows r
  ON CONFLICT (key) DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS created FROM inserted`;

export class SqlEventNoticeRepository implements EventNoticeRepository {
  constructor(private readonly m: EntityManager) {}

  async write(batch: EventNoticeBatch, day: IsoDate, messageIdDomain: string): Promise<number> {
    const { eventIds, kinds, audiences, newcomers, added } = batch;
    const [{ created }] = await this.m.query(INSERT_EVENT_NOTICES, [eventIds, kinds, audiences, newcomers.eventIds, newcomers.userIds, added.eventIds, added.bodyIds, day, messageIdDomain]);
    return created;
  }
}
