import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BodyKind, BodyLevel } from '@luyue/contracts';

/** A responsible body (责任主体). The same name in two jurisdictions is two bodies. */
@Entity('bodies')
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { array: true, default: () => "'{}'" }) aliases: string[];
  @Column('text') jurisdiction: string;
  @Column('text') level: BodyLevel;
  @Column('text') kind: BodyKind;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
