import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 佐证材料: metadata here, the bytes under EVIDENCE_DIR at `storagePath`. */
@Entity('evidence')
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'obligation_id' }) obligationId: string;
  @Column('text', { name: 'file_name' }) fileName: string;
  @Column('text', { name: 'content_type' }) contentType: string;
  @Column('integer') size: number;
  @Column('text') sha256: string;
  @Column('text', { name: 'storage_path' }) storagePath: string;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
