import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ExtensionStatus } from '@luyue/contracts';

/** 延期申请: filed before the due date, approved (due date moves) or refused by a manager. */
@Entity('extension_requests')
export class ExtensionRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'obligation_id' }) obligationId: string;
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('text') reason: string;
  @Column('date', { name: 'current_due_date', nullable: true }) currentDueDate: string | null;
  @Column('date', { name: 'proposed_due_date' }) proposedDueDate: string;
  @Column('text', { default: 'pending' }) status: ExtensionStatus;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('text', { name: 'decision_note', nullable: true }) decisionNote: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
