import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ProvisionLevel = 'heading' | 'unit' | 'paragraph' | 'item' | 'subitem';

/** One node of a regulation's parsed tree (章 heading → 条/task → 款 → 项 → 目). */
@Entity('provisions')
export class ProvisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'regulation_id' }) regulationId: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('text') level: ProvisionLevel;
  /** Readable location, e.g. `第二章/第十条/第2款/（三）`. */
  @Column('text') path: string;
  @Column('text', { nullable: true }) heading: string | null;
  @Column('integer', { nullable: true }) article: number | null;
  @Column('integer', { nullable: true }) suffix: number | null;
  @Column('integer', { nullable: true }) paragraph: number | null;
  @Column('integer', { nullable: true }) item: number | null;
  @Column('integer', { nullable: true }) subitem: number | null;
  @Column('text') text: string;
  @Column('integer', { name: 'start_offset', nullable: true }) startOffset: number | null;
  @Column('integer', { name: 'end_offset', nullable: true }) endOffset: number | null;
  @Column('integer') ordinal: number;
}
