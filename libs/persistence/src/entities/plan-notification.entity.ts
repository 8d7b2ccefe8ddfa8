import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reminder the officer sent to a unit (not registered, late report); kept as the record of urging. */
@Entity({ name: 'plan_notification' })
@Index('ix_plan_notification_plan_unit', ['planId', 'unitId', 'sentAt'])
@Index('ix_plan_notification_body_unit', ['bodyId', 'unitId', 'sentAt'])
export class PlanNotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId!: string;
  /** 'REGISTRATION_REMINDER' | 'REPORT_REMINDER' */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'sent_by', type: 'uuid' }) sentBy!: string;
  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
}
