// Reminder e-mails produced by the sweep and sent by the e-mail queue.

export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
  'digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
