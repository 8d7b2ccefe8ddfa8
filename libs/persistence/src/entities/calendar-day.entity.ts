import type { DayOffStatus } from '@khenthuong/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IssuingBodyEntity } from './issuing-body.entity';

/**
 * A day off or worked Saturday a body adds to the built-in yearly data (a swap announced late, a
 * local holiday); it replaces the built-in entry of the same date.
 */
@Entity({ name: 'calendar_day' })
@Index('ux_calendar_day_body_date', ['bodyId', 'date'], { unique: true })
export class CalendarDayEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @ManyToOne(() => IssuingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: IssuingBodyEntity;
  @Column({ type: 'date' }) date!: string;
  @Column({ type: 'text' }) status!: DayOffStatus;
  @Column({ type: 'text' }) occasion!: string;
  /** The announcement it comes from (công văn, thông báo). */
  @Column({ type: 'text', nullable: true }) source!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
