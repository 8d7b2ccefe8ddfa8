import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A notice shown in the app to one user (reminders, overdue flags, objections, returns). */
@Entity({ name: 'notification' })
@Index('ux_notification_event_user', ['eventKey', 'userId'], { unique: true })
@Index('ix_notification_user_unread', ['userId', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** Makes a retried activity insert nothing twice. */
  @Column({ name: 'event_key', type: 'text' }) eventKey!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
