import type { NotificationKind, RobotKind } from '@luyue/contracts';
import type { ObligationMailItem } from '@luyue/mail';

/** An e-mail row with its recipient, as the send reads it. */
export interface EmailDelivery {
  id: string;
  key: string;
  kind: NotificationKind;
  day: string;
  obligationId: string | null;
  channel: string;
  recipientEmail: string;
  recipientName: string;
  recipientActive: boolean;
  messageId: string;
  status: string;
  payload: Record<string, unknown>;
}

/** A robot row with its channel. */
export interface RobotDelivery {
  id: string;
  key: string;
  kind: NotificationKind;
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

/** The event a hand-off notice is about. */
export interface NoticeEvent {
  note: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
}

/** Sending the outbox's rows: state changes guarded by `status = 'pending'`, and what a message says (port). */
export interface DeliveryRepository {
  email(id: string): Promise<EmailDelivery | undefined>;
  robot(id: string): Promise<RobotDelivery | undefined>;
  /** The channel of a pending robot row, or null. */
  pendingRobotChannel(id: string): Promise<string | null>;
  /** Takes the row for this delivery (FOR UPDATE SKIP LOCKED): `busy` while another delivery holds it, `gone` once it is no longer pending. */
  claim(id: string): Promise<'claimed' | 'busy' | 'gone'>;
  /** One more attempt that will be retried, and why it failed. */
  recordRetry(id: string, reason: string): Promise<void>;
  markSent(id: string): Promise<void>;
  markFailed(id: string, reason: string): Promise<void>;
  /** The `reminder_sent` event on the obligation's trail. */
  addReminderSentEvent(row: EmailDelivery): Promise<void>;
  mailItems(obligationIds: readonly string[]): Promise<Omit<ObligationMailItem, 'light'>[]>;
  noticeEvent(eventId: string): Promise<NoticeEvent | undefined>;
  bodyName(id: string): Promise<string | undefined>;
}
