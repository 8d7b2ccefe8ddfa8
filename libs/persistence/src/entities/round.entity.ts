import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Read model of a round (đợt): year-end, a themed campaign or the yearly Gia đình văn hóa review. */
@Entity({ name: 'round' })
@Index('ix_round_body_year', ['bodyId', 'year'])
// The officer's "cần xử lý" list and the stuck-work counts of /health.
@Index('ix_round_body_needs_attention', ['bodyId', 'needsAttentionAt'])
// A round opened twice with one client key (a retried request) is the same round.
@Index('ux_round_body_client_key', ['bodyId', 'clientKey'], { unique: true })
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  /** Chosen by the caller; null for rounds opened before it existed. */
  @Column({ name: 'client_key', type: 'text', nullable: true }) clientKey!: string | null;
  @Column({ name: 'workflow_id', type: 'text', unique: true }) workflowId!: string;
  @Column({ type: 'text' }) name!: string;
  /** RoundKind of libs/temporal. */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'rule_set_id', type: 'text' }) ruleSetId!: string;
  @Column({ name: 'nomination_deadline', type: 'date' }) nominationDeadline!: string;
  @Column({ name: 'secret_ballot', type: 'boolean', default: false }) secretBallot!: boolean;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  /** Why a step failed for good (plain Vietnamese), until a person retries it; null when nothing waits. */
  @Column({ name: 'needs_attention_reason', type: 'text', nullable: true }) needsAttentionReason!: string | null;
  @Column({ name: 'needs_attention_at', type: 'timestamptz', nullable: true }) needsAttentionAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
