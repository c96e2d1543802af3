import type { IsoDate, IsoDateTime } from './iso-date';
import type { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';

/** GET /notifications (admins): one outbox row, e-mail or robot. */
export interface NotificationDto {
  id: string;
  /** The business key kind:subject:day:recipient (unique). */
  key: string;
  kind: NotificationKind;
  day: IsoDate;
  obligationId: string | null;
  recipientUserId: string | null;
  recipientEmail: string | null;
  channel: NotificationChannel;
  channelId: string | null;
  /** The e-mail address, or the robot's masked webhook. */
  recipient: string | null;
  status: NotificationStatus;
  attempts: number;
  error: string | null;
  messageId: string | null;
  sweepId: string | null;
  payload: Record<string, unknown> | null;
  sentAt: IsoDateTime | null;
  createdAt: IsoDateTime;
}

/** POST /notifications/:id/retry */
export interface NotificationRetryDto {
  id: string;
  key: string;
  channel: string;
}
