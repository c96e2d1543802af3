// The notification outbox: reminders produced by the daily sweep, notices of hand-offs written
// with the transition that caused them, sent by e-mail or to a body's group robot.

/** Kinds the daily sweep produces. */
export const SWEEP_NOTIFICATION_KINDS = ['due_soon', 'overdue', 'escalation', 'digest'] as const;
export type SweepNotificationKind = (typeof SWEEP_NOTIFICATION_KINDS)[number];

/** Kinds written in the transaction of a hand-off (status change, assignment, extension). */
export const EVENT_NOTIFICATION_KINDS = ['submitted', 'returned', 'verified', 'waived', 'reopened', 'assigned', 'extension_requested', 'extension_decided'] as const;
export type EventNotificationKind = (typeof EVENT_NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KINDS = [...SWEEP_NOTIFICATION_KINDS, ...EVENT_NOTIFICATION_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** How a notification travels: e-mail to a user, or a body's group robot. */
export const NOTIFICATION_CHANNELS = ['email', 'wecom', 'dingtalk'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Group robots a body can configure (企业微信 / 钉钉). */
export const ROBOT_KINDS = ['wecom', 'dingtalk'] as const;
export type RobotKind = (typeof ROBOT_KINDS)[number];

/**
 * What a user (e-mail preferences) or a robot channel chooses to receive: the four sweep kinds,
 * and `events` for every hand-off notice.
 */
export const NOTICE_CATEGORIES = ['due_soon', 'overdue', 'escalation', 'digest', 'events'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const noticeCategoryOf = (kind: NotificationKind): NoticeCategory => ((SWEEP_NOTIFICATION_KINDS as readonly string[]).includes(kind) ? (kind as SweepNotificationKind) : 'events');

/** ISO weekday a manager's weekly digest goes out on (1 = Monday … 7 = Sunday). */
export const DIGEST_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A body's robot channel as the API answers it: the webhook masked, the secret never (`******` when set). */
export interface ChannelDto {
  id: string;
  bodyId: string;
  kind: RobotKind;
  name: string;
  webhookUrl: string;
  secret: string | null;
  notices: NoticeCategory[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** 我的通知: e-mail on/off per kind, and (managers) the ISO weekday of the digest. */
export interface NotificationPreferencesDto {
  dueSoon: boolean;
  overdue: boolean;
  escalation: boolean;
  digest: boolean;
  events: boolean;
  digestWeekday: number;
}
