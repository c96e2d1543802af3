import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RegulationKind, RegulationStatus } from '@luyue/contracts';

@Entity('regulations')
export class RegulationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') title: string;
  @Column('text', { name: 'document_number', nullable: true }) documentNumber: string | null;
  @Column('text', { nullable: true }) issuer: string | null;
  /** e.g. 新疆维吾尔自治区; bodies named in the text resolve within it. */
  @Column('text') jurisdiction: string;
  @Column('text') kind: RegulationKind;
  @Column('text', { default: 'article' }) unit: 'article' | 'task' | 'paragraph';
  @Column('date', { name: 'adopted_on', nullable: true }) adoptedOn: string | null;
  @Column('date', { name: 'published_on', nullable: true }) publishedOn: string | null;
  @Column('date', { name: 'effective_date', nullable: true }) effectiveDate: string | null;
  @Column('text', { default: '有效' }) status: RegulationStatus;
  @Column('text', { name: 'source_file_name' }) sourceFileName: string;
  @Column('text', { name: 'source_format' }) sourceFormat: string;
  @Column('text', { name: 'source_sha256' }) sourceSha256: string;
  @Column('text', { name: 'raw_text', select: false }) rawText: string;
  /** The parser's cleaned text; provision offsets index into it. */
  @Column('text', { select: false }) text: string;
  @Column('integer', { default: 1 }) version: number;
  @Column('uuid', { name: 'default_lead_body_id', nullable: true }) defaultLeadBodyId: string | null;
  @Column('jsonb', { default: () => "'[]'" }) aliases: { alias: string; full: string }[];
  @Column('jsonb', { default: () => "'[]'" }) warnings: string[];
  @Column('integer', { name: 'unit_count', default: 0 }) unitCount: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
