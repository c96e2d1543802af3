import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationChannel, NotificationKind, NotificationStatus } from '@luyue/contracts';

/**
 * The reminder outbox: one row per business key (kind, obligation or digest, day, recipient),
 * inserted by the sweep before its job is enqueued; the worker sends rows still pending.
 */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') key: string;
  @Column('text') kind: NotificationKind;
  @Column('date') day: string;
  @Column('uuid', { name: 'obligation_id', nullable: true }) obligationId: string | null;
  /** The user for an e-mail; null for a robot row (see channelId). */
  @Column('uuid', { name: 'recipient_user_id', nullable: true }) recipientUserId: string | null;
  @Column('text', { name: 'recipient_email', nullable: true }) recipientEmail: string | null;
  @Column('text', { default: 'email' }) channel: NotificationChannel;
  @Column('uuid', { name: 'channel_id', nullable: true }) channelId: string | null;
  /** The obligation event a hand-off notice announces. */
  @Column('bigint', { name: 'event_id', nullable: true }) eventId: string | null;
  @Column('text', { default: 'pending' }) status: NotificationStatus;
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { nullable: true }) error: string | null;
  /** Deterministic Message-ID derived from the key, so duplicates are recognisable. */
  @Column('text', { name: 'message_id' }) messageId: string;
  @Column('text', { name: 'sweep_id', nullable: true }) sweepId: string | null;
  @Column('jsonb', { default: () => "'{}'" }) payload: Record<string, unknown>;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
