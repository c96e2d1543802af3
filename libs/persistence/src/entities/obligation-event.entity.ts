import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EventType, ObligationStatus } from '@luyue/contracts';

/**
 * Append-only audit trail; a database trigger refuses UPDATE and DELETE, another chains every
 * insert (chain_seq, prev_hash, hash: migration 1764600000000-audit-chain). obligation_id NULL:
 * a user or body administration event.
 */
@Entity('obligation_events')
export class ObligationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'obligation_id', nullable: true }) obligationId: string | null;
  @Column('text') type: EventType;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: ObligationStatus | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus: ObligationStatus | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('jsonb', { default: () => "'{}'" }) data: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Set by the chain trigger, whatever the insert says. */
  @Column({ type: 'bigint', name: 'chain_seq', insert: false, update: false }) chainSeq: string;
  @Column({ type: 'text', name: 'prev_hash', nullable: true, insert: false, update: false }) prevHash: string | null;
  @Column({ type: 'text', insert: false, update: false }) hash: string;
}
