import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@luyue/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text') name: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('text') role: Role;
  @Column('uuid', { name: 'body_id', nullable: true }) bodyId: string | null;
  @Column('boolean', { default: true }) active: boolean;
  /** Notification preferences: due-soon mail off, or digest only. */
  @Column('boolean', { name: 'notify_due_soon', default: true }) notifyDueSoon: boolean;
  @Column('boolean', { name: 'digest_only', default: false }) digestOnly: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
