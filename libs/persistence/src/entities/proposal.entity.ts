import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UnitEntity } from './unit.entity';

/** Read model of one proposal; Temporal holds the process truth, activities mirror each transition here. */
@Entity({ name: 'proposal' })
@Index('ix_proposal_body_status', ['bodyId', 'status'])
@Index('ix_proposal_body_unit', ['bodyId', 'unitId'])
// The web dashboards list newest first per body, per body and state, per unit (first page = index scan).
@Index('ix_proposal_body_created', ['bodyId', 'createdAt', 'id'])
@Index('ix_proposal_body_status_created', ['bodyId', 'status', 'createdAt', 'id'])
@Index('ix_proposal_body_unit_created', ['bodyId', 'unitId', 'createdAt', 'id'])
@Index('ux_proposal_body_client_key', ['bodyId', 'clientKey'], { unique: true })
@Index('ix_proposal_body_round_status', ['bodyId', 'roundId', 'status'])
@Index('ix_proposal_body_decision_due', ['bodyId', 'decisionDueOn'])
@Index('ix_proposal_body_achievement_key', ['bodyId', 'achievementKey'])
// The officer's "cần xử lý" list and the stuck-work counts of /health.
@Index('ix_proposal_body_needs_attention', ['bodyId', 'needsAttentionAt'])
// GIN trigram indexes on nominee_search_key: the dashboard's name search, and the register's over the
// proposals it lists (partial) (migration 1765720000000).
@Index('ix_proposal_nominee_search_trgm', { synchronize: false })
@Index('ix_proposal_register_search_trgm', { synchronize: false })
// Partial indexes by nominee for the award register (migration 1765200000000).
@Index('ix_proposal_nominee_person', { synchronize: false })
@Index('ix_proposal_nominee_unit', { synchronize: false })
@Index('ix_proposal_nominee_household', { synchronize: false })
// Expression index (body, holder unit, year): the register's unit filter (migration 1765410000000).
@Index('ix_proposal_body_holder_year', { synchronize: false })
// Partial, with a descending key: the dashboard's deadline order over open proposals (same migration).
@Index('ix_proposal_body_open_due', { synchronize: false })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  /** Idempotency key chosen by the submitter: a double submit starts one workflow. */
  @Column({ name: 'client_key', type: 'text' }) clientKey!: string;
  @Column({ name: 'workflow_id', type: 'text', unique: true }) workflowId!: string;
  /** AwardTitle of libs/domain */
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'rule_set_id', type: 'text' }) ruleSetId!: string;
  /** The nominating unit. */
  @Column({ name: 'unit_id', type: 'uuid' }) unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;
  @Column({ name: 'nominee_kind', type: 'text' }) nomineeKind!: string;
  @Column({ name: 'nominee_name', type: 'text' }) nomineeName!: string;
  /** khenthuong_search_key(nominee_name), stored for name searches (migration 1765720000000); written by PostgreSQL only. */
  @Column({ name: 'nominee_search_key', type: 'text', generatedType: 'STORED', asExpression: 'khenthuong_search_key("nominee_name")', insert: false, update: false, select: false })
  nomineeSearchKey!: string;
  @Column({ name: 'nominee_unit_id', type: 'uuid', nullable: true }) nomineeUnitId!: string | null;
  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true }) nomineePersonId!: string | null;
  /** The household of a household title (its residential group is nominee_unit_id). */
  @Column({ name: 'nominee_household_id', type: 'uuid', nullable: true }) nomineeHouseholdId!: string | null;
  @Column({ type: 'text' }) achievement!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'submitted_by', type: 'uuid' }) submittedBy!: string;
  /** The round (đợt) it belongs to; null for an ad-hoc proposal. */
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  /** 'WARD_DECISION' or 'ESCALATE' (Luật TĐKT 2022 Điều 80). */
  @Column({ type: 'text', default: 'WARD_DECISION' }) route!: string;
  /** 'STANDARD' or 'SIMPLIFIED' (ad-hoc, Điều 85). */
  @Column({ type: 'text', default: 'STANDARD' }) procedure!: string;
  @Column({ name: 'secret_ballot', type: 'boolean', default: false }) secretBallot!: boolean;
  /** Members who may not vote on it (the nominee, members of the nominated collective), fixed at submission. */
  @Column({ name: 'recused_user_ids', type: 'uuid', array: true, default: () => "'{}'" }) recusedUserIds!: string[];
  /** Luật TĐKT 2022 Điều 5: one achievement is rewarded once (libs/domain achievementKey). */
  @Column({ name: 'achievement_key', type: 'text', nullable: true }) achievementKey!: string | null;
  @Column({ name: 'decision_due_on', type: 'date', nullable: true }) decisionDueOn!: string | null;
  @Column({ name: 'return_due_on', type: 'date', nullable: true }) returnDueOn!: string | null;
  @Column({ type: 'boolean', default: false }) overdue!: boolean;
  /** The council's tally (totals and reasons; never who voted what). */
  @Column({ type: 'jsonb', nullable: true }) tally!: Record<string, unknown> | null;
  /** The decision that awarded it (its own, or its round's decision for its title). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  /** An escalated proposal's award: the higher level's decision, as the officer recorded it. */
  @Column({ name: 'higher_decision_number', type: 'text', nullable: true }) higherDecisionNumber!: string | null;
  @Column({ name: 'higher_decision_date', type: 'date', nullable: true }) higherDecisionDate!: string | null;
  @Column({ name: 'higher_decision_issuer', type: 'text', nullable: true }) higherDecisionIssuer!: string | null;
  /** Last mirrored workflow event sequence; older events never overwrite newer state. */
  @Column({ name: 'state_version', type: 'int', default: 0 }) stateVersion!: number;
  /** Why a step failed for good (plain Vietnamese), until a person retries it; null when nothing waits. */
  @Column({ name: 'needs_attention_reason', type: 'text', nullable: true }) needsAttentionReason!: string | null;
  @Column({ name: 'needs_attention_at', type: 'timestamptz', nullable: true }) needsAttentionAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
