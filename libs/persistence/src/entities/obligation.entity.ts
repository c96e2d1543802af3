import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Modality, ObligationOrigin, ObligationStatus, Priority, Recurrence } from '@luyue/contracts';

/** A duty assigned to responsible bodies. Never hard-deleted (`discarded` instead). */
@Entity('obligations')
export class ObligationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'regulation_id' }) regulationId: string;
  @Column('uuid', { name: 'provision_id', nullable: true }) provisionId: string | null;
  @Column('integer', { nullable: true }) article: number | null;
  @Column('integer', { nullable: true }) paragraph: number | null;
  @Column('integer', { nullable: true }) item: number | null;
  @Column('integer', { nullable: true }) subitem: number | null;
  @Column('text') text: string;
  @Column('text') title: string;
  @Column('text') modality: Modality;
  @Column('boolean', { default: false }) mechanism: boolean;
  /** Subjects and partners as the extractor found them (aliases resolved). */
  @Column('text', { array: true, default: () => "'{}'" }) subjects: string[];
  @Column('text', { name: 'co_subjects', array: true, default: () => "'{}'" }) coSubjects: string[];
  /** Subject names no body matched yet; an administrator maps them. */
  @Column('text', { name: 'unresolved_subjects', array: true, default: () => "'{}'" }) unresolvedSubjects: string[];
  @Column('uuid', { name: 'lead_body_ids', array: true, default: () => "'{}'" }) leadBodyIds: string[];
  @Column('uuid', { name: 'co_body_ids', array: true, default: () => "'{}'" }) coBodyIds: string[];
  /** Lead and co bodies plus all their ancestors: who sees it. Kept by a trigger (migration 1764400000000). */
  @Column('uuid', { name: 'reach_body_ids', array: true, default: () => "'{}'", select: false }) reachBodyIds: string[];
  @Column('uuid', { name: 'assignee_id', nullable: true }) assigneeId: string | null;
  @Column('text') status: ObligationStatus;
  @Column('date', { name: 'due_date', nullable: true }) dueDate: string | null;
  @Column('text', { default: 'none' }) recurrence: Recurrence;
  @Column('text', { default: 'normal' }) priority: Priority;
  @Column('real', { nullable: true }) confidence: number | null;
  /** The extractor's timing hint, kept for scheduling recurrences and deadlines. */
  @Column('jsonb', { nullable: true }) timing: Record<string, unknown> | null;
  @Column('text', { default: 'extracted' }) origin: ObligationOrigin;
  /** The instance this one recurs from. */
  @Column('uuid', { name: 'previous_id', nullable: true }) previousId: string | null;
  @Column('text', { name: 'latest_progress', nullable: true }) latestProgress: string | null;
  @Column('timestamptz', { name: 'latest_progress_at', nullable: true }) latestProgressAt: Date | null;
  @Column('uuid', { name: 'latest_progress_by', nullable: true }) latestProgressBy: string | null;
  /** Space-joined jieba tokens of text + provision; the `search` tsvector is generated from it. */
  @Column('text', { name: 'search_tokens', default: '', select: false }) searchTokens: string;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
