import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DecisionRevocationStatus = 'REQUESTED' | 'ISSUED';

/**
 * A request to withdraw a decision, wholly or for some awardees. The legal grounds and the article
 * governing revocation are not in docs/legal.md yet (unconfirmed): the reason is the chairman's text. A
 * corrective decision, numbered in the same series, carries it out; the revoked papers stay in the
 * archive, marked.
 */
@Entity({ name: 'decision_revocation' })
@Index('ix_decision_revocation_decision', ['bodyId', 'decisionId'])
@Index('ix_decision_revocation_body_needs_attention', ['bodyId', 'needsAttentionAt'])
export class DecisionRevocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  /** The awardees withdrawn; null withdraws the whole decision. */
  @Column({ name: 'proposal_ids', type: 'uuid', array: true, nullable: true }) proposalIds!: string[] | null;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ type: 'text' }) status!: DecisionRevocationStatus;
  @Column({ name: 'corrective_decision_id', type: 'uuid', nullable: true }) correctiveDecisionId!: string | null;
  @Column({ name: 'needs_attention_reason', type: 'text', nullable: true }) needsAttentionReason!: string | null;
  @Column({ name: 'needs_attention_at', type: 'timestamptz', nullable: true }) needsAttentionAt!: Date | null;
}
