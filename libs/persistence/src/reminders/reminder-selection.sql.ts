import { OPEN_STATUSES } from '@luyue/contracts';

// Set-based selection for the daily sweep. The predicates mirror `remindersFor` in
// @luyue/domain (the integration test checks both agree over a range of due dates):
//   due_soon   : open, due_date - today ∈ offsets
//   overdue    : open, d = today - due_date ≥ 1 and (d - 1) % repeatEveryDays = 0
//   escalation : same days as overdue; parent body's managers too when d ≥ escalateAfterDays
// Keys and Message-IDs are built here exactly like notificationKey() (@luyue/contracts)
// and messageIdFor() (@luyue/mail); every part is a uuid, a date or a kind, so neither
// contains ':' nor characters that need replacing.
//
// The sweep runs in two steps so writing rows and enqueueing e-mails can overlap:
// SELECT_DUE_OBLIGATIONS lists the obligations due a reminder (ids only, off the indexes);
// INSERT_OBLIGATION_REMINDERS then writes the notification rows of one batch of them (e-mail
// and the bodies' group robots, in one statement) and answers the new e-mail rows' ids and keys
// (RETURNING), which go to the queue while the next batch is written.

const OPEN = `ARRAY[${OPEN_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`;

// The overdue days are listed explicitly ($3: today-1, today-1-N, … for the recent years) so
// the (status, due_date) index answers them with equality probes; a modulo over every overdue
// row would scan the whole table. Older items ($4 and before) keep the modulo test, on the
// index range of ancient due dates.
// Parameters of both statements: $1 today (date), $2 due_soon due dates (date[]), $3 recent
// overdue due dates (date[]), $4 last due date not in $3 (date), $5 repeatEveryDays.
export const SELECT_DUE_OBLIGATIONS = `
SELECT o.id FROM obligations o
WHERE o.status = ANY(${OPEN}) AND (o.due_date = ANY($2::date[]) OR o.due_date = ANY($3::date[]))
UNION ALL
SELECT o.id FROM obligations o
WHERE o.status = ANY(${OPEN}) AND o.due_date <= $4::date AND (($1::date - o.due_date) - 1) % $5::int = 0`;

/** The same rule on one row, so a batch skips an obligation closed or rescheduled since the selection. */
const STILL_DUE = `o.status = ANY(${OPEN})
    AND (o.due_date = ANY($2::date[]) OR o.due_date = ANY($3::date[]) OR (o.due_date <= $4::date AND (($1::date - o.due_date) - 1) % $5::int = 0))`;

/** notificationKey() of a row of `r` (kind, subject_id) for `recipient`, on day $1. */
const keyOf = (recipient: string) => `r.kind || ':' || r.subject_id || ':' || to_char($1::date, 'YYYY-MM-DD') || ':' || ${recipient}`;

/**
 * Both writes of a sweep statement, as its last CTEs and answer: the robot rows of `robots`
 * (kind, subject_id, channel, channel_id, payload; no recipient user, the outbox relay sends
 * them) and the e-mail rows of `recipients` (kind, subject_id, user_id, email, payload). Answers
 * the new e-mail rows (id, key) and a last row with `selected`, the e-mail recipients (existing
 * rows included): robot rows never go to the e-mail queue. `obligationId` is the column's
 * expression over `r`; the others are parameter references.
 */
const writeReminderRows = (o: { obligationId: string; sweepId: string; domain: string }) => {
  const robotKey = keyOf(`'channel-' || r.channel_id`);
  const emailKey = keyOf('r.user_id');
  return `
robot_rows AS (
  INSERT INTO notifications (key, kind, day, obligation_id, channel, channel_id, message_id, sweep_id, payload)
  SELECT ${robotKey}, r.kind, $1::date, ${o.obligationId}, r.channel, r.channel_id,
         '<' || replace(${robotKey}, ':', '.') || '@' || ${o.domain}::text || '>', ${o.sweepId}::text, r.payload
  FROM robots r
  ON CONFLICT (key) DO NOTHING
),
inserted AS (
  INSERT INTO notifications (key, kind, day, obligation_id, recipient_user_id, recipient_email, message_id, sweep_id, payload)
  SELECT ${emailKey}, r.kind, $1::date, ${o.obligationId}, r.user_id, r.email,
         '<' || replace(${emailKey}, ':', '.') || '@' || ${o.domain}::text || '>', ${o.sweepId}::text, r.payload
  FROM recipients r
  ON CONFLICT (key) DO NOTHING
  RETURNING id, key
)
SELECT id, key, NULL::int AS selected FROM inserted
UNION ALL
SELECT NULL, NULL, (SELECT count(*) FROM recipients)::int`;
};

// One batch: the given obligations (selected by SELECT_DUE_OBLIGATIONS with the same day and
// rules) with their recipients, and the same reminders for the bodies' group robots. Answers one
// row per new e-mail notification (id, key) and a last row with `selected`, the e-mail recipients
// the rules call for (existing rows included).
// Parameters: $1-$5 as SELECT_DUE_OBLIGATIONS, $6 obligation ids (uuid[]), $7 escalateAfterDays,
// $8 sweep id, $9 Message-ID domain.
export const INSERT_OBLIGATION_REMINDERS = `
WITH due AS (
  SELECT o.id, o.lead_body_ids, o.assignee_id,
         CASE WHEN o.due_date >= $1::date THEN 'due_soon' ELSE 'overdue' END AS kind,
         CASE WHEN o.due_date >= $1::date THEN jsonb_build_object('daysLeft', o.due_date - $1::date)
              ELSE jsonb_build_object('daysOverdue', $1::date - o.due_date) END AS payload,
         greatest($1::date - o.due_date, 0) AS days_overdue
  FROM obligations o
  WHERE o.id = ANY($6::uuid[]) AND ${STILL_DUE}
),
-- due_soon / overdue: the assignee when there is an active one, else the lead bodies' active staff.
workers AS (
  SELECT d.id AS subject_id, d.kind, u.id AS user_id, u.email, d.payload
  FROM due d
  JOIN users u ON u.id = d.assignee_id AND u.active
  WHERE NOT u.digest_only AND (d.kind <> 'due_soon' OR u.notify_due_soon) AND (d.kind <> 'overdue' OR u.notify_overdue)
  UNION
  SELECT d.id, d.kind, u.id, u.email, d.payload
  FROM due d
  CROSS JOIN LATERAL unnest(d.lead_body_ids) AS lead(body_id)
  JOIN users u ON u.body_id = lead.body_id AND u.role = 'staff' AND u.active
  WHERE NOT u.digest_only AND (d.kind <> 'due_soon' OR u.notify_due_soon) AND (d.kind <> 'overdue' OR u.notify_overdue)
    AND NOT EXISTS (SELECT 1 FROM users a WHERE a.id = d.assignee_id AND a.active)
),
-- Who an overdue item escalates to: its lead bodies, and from escalateAfterDays on their parents.
escalated AS (
  SELECT d.id AS subject_id, lead.body_id, d.days_overdue, false AS to_parent
  FROM due d
  CROSS JOIN LATERAL unnest(d.lead_body_ids) AS lead(body_id)
  WHERE d.kind = 'overdue'
  UNION ALL
  SELECT d.id, b.parent_id, d.days_overdue, true
  FROM due d
  CROSS JOIN LATERAL unnest(d.lead_body_ids) AS lead(body_id)
  JOIN bodies b ON b.id = lead.body_id
  WHERE d.kind = 'overdue' AND d.days_overdue >= $7::int AND b.parent_id IS NOT NULL
),
-- escalation e-mails: those bodies' managers; one reached both ways gets one message (the lead one).
escalations AS (
  SELECT DISTINCT ON (e.subject_id, u.id) e.subject_id, 'escalation'::text AS kind, u.id AS user_id, u.email,
         jsonb_build_object('daysOverdue', e.days_overdue, 'toParent', e.to_parent) AS payload
  FROM escalated e
  JOIN users u ON u.body_id = e.body_id AND u.role = 'manager' AND u.active AND NOT u.digest_only AND u.notify_escalation
  ORDER BY e.subject_id, u.id, e.to_parent
),
recipients AS (
  SELECT * FROM workers
  UNION ALL
  SELECT * FROM escalations
),
-- The robots (active channels that take the kind), whatever the staff's own e-mail settings:
-- due_soon / overdue to the lead bodies' channels; escalation to the escalated bodies' channels
-- (a channel reached both ways gets the lead one).
robots AS (
  SELECT DISTINCT ON (t.kind, t.subject_id, ch.id) t.kind, t.subject_id, ch.kind AS channel, ch.id AS channel_id, t.payload
  FROM (
    SELECT d.id AS subject_id, d.kind, lead.body_id, d.payload, false AS to_parent
    FROM due d CROSS JOIN LATERAL unnest(d.lead_body_ids) AS lead(body_id)
    UNION ALL
    SELECT e.subject_id, 'escalation', e.body_id, jsonb_build_object('daysOverdue', e.days_overdue, 'toParent', e.to_parent), e.to_parent
    FROM escalated e
  ) t
  JOIN notification_channels ch ON ch.body_id = t.body_id AND ch.active AND t.kind = ANY(ch.notices)
  ORDER BY t.kind, t.subject_id, ch.id, t.to_parent
),${writeReminderRows({ obligationId: 'r.subject_id', sweepId: '$8', domain: '$9' })}`;

// Weekly digest, per active manager of a body: open items of the body (lead or co) that are
// overdue or due within the horizon, and submitted items the body leads (awaiting its
// verification). Managers with nothing to report get nothing. A body's robot that takes digests
// gets its body's digest on the days one of its managers does. Answers like
// INSERT_OBLIGATION_REMINDERS.
// Parameters: $1 today, $2 horizon days, $3 sweep id, $4 Message-ID domain.
export const INSERT_DIGESTS = `
WITH items AS (
  SELECT o.id, o.due_date,
         CASE WHEN o.due_date < $1::date THEN 'overdue' ELSE 'dueSoon' END AS section,
         o.lead_body_ids || o.co_body_ids AS body_ids
  FROM obligations o
  WHERE o.status = ANY(${OPEN}) AND o.due_date <= $1::date + $2::int
  UNION ALL
  SELECT o.id, o.due_date, 'awaitingVerification', o.lead_body_ids
  FROM obligations o
  WHERE o.status = 'submitted'
),
per_body AS (
  SELECT DISTINCT body.id AS body_id, i.id, i.section, i.due_date
  FROM items i CROSS JOIN LATERAL unnest(i.body_ids) AS body(id)
),
recipients AS (
  SELECT 'digest'::text AS kind, 'digest'::text AS subject_id, u.id AS user_id, u.email, u.body_id,
         jsonb_build_object(
           'bodyId', u.body_id,
           'overdue', coalesce(jsonb_agg(p.id ORDER BY p.due_date, p.id) FILTER (WHERE p.section = 'overdue'), '[]'),
           'dueSoon', coalesce(jsonb_agg(p.id ORDER BY p.due_date, p.id) FILTER (WHERE p.section = 'dueSoon'), '[]'),
           'awaitingVerification', coalesce(jsonb_agg(p.id ORDER BY p.due_date, p.id) FILTER (WHERE p.section = 'awaitingVerification'), '[]')
         ) AS payload
  FROM users u
  JOIN per_body p ON p.body_id = u.body_id
  WHERE u.role = 'manager' AND u.active AND u.notify_digest AND u.digest_weekday = extract(isodow FROM $1::date)
  GROUP BY u.id, u.email, u.body_id
),
robots AS (
  SELECT DISTINCT ON (ch.id) r.kind, r.subject_id, ch.kind AS channel, ch.id AS channel_id, r.payload
  FROM recipients r
  JOIN notification_channels ch ON ch.body_id = r.body_id AND ch.active AND 'digest' = ANY(ch.notices)
  ORDER BY ch.id, r.user_id
),${writeReminderRows({ obligationId: 'NULL::uuid', sweepId: '$3', domain: '$4' })}`;

// Rows of the day still pending before this run writes any: an earlier run (or an earlier
// attempt of this sweep job) died between writing them and enqueueing them.
// Parameters: $1 today.
export const SELECT_PENDING_OF_DAY = `SELECT id, key FROM notifications WHERE day = $1 AND status = 'pending' AND channel = 'email' ORDER BY created_at, id`;

/** Whether some manager's digest falls on the day ($1): the digest statement runs only then. */
export const ANY_DIGEST_TODAY = `
SELECT EXISTS (SELECT 1 FROM users u WHERE u.role = 'manager' AND u.active AND u.notify_digest AND u.digest_weekday = extract(isodow FROM $1::date)) AS "digestDay"`;
