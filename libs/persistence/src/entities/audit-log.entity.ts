import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of every transition (Temporal deletes histories after retention; this stays). */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_body_proposal', ['bodyId', 'proposalId', 'at'])
@Index('ux_audit_log_event_key', ['eventKey'], { unique: true })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  /** `<workflowId>:<sequence>`: a retried activity writes the same key once. */
  @Column({ name: 'event_key', type: 'text' }) eventKey!: string;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'from_state', type: 'text', nullable: true }) fromState!: string | null;
  @Column({ name: 'to_state', type: 'text', nullable: true }) toState!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}
