import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A notice shown in the app to one user (reminders, overdue flags, objections, returns, hand-offs), and e-mailed when the user has an address. */
@Entity({ name: 'notification' })
@Index('ix_notification_email_pending', ['createdAt'], { where: '"email_sent_at" IS NULL AND "email_skipped_reason" IS NULL' })
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
  @Column({ name: 'email_sent_at', type: 'timestamptz', nullable: true }) emailSentAt!: Date | null;
  /** Why this notice will never be e-mailed (the server refused the address, or it is too old). */
  @Column({ name: 'email_skipped_reason', type: 'text', nullable: true }) emailSkippedReason!: string | null;
}
