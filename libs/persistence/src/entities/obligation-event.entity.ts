import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EventType, ObligationStatus } from '@luyue/contracts';

/** Append-only audit trail; a database trigger refuses UPDATE and DELETE. */
@Entity('obligation_events')
export class ObligationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'obligation_id' }) obligationId: string;
  @Column('text') type: EventType;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: ObligationStatus | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus: ObligationStatus | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('jsonb', { default: () => "'{}'" }) data: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
