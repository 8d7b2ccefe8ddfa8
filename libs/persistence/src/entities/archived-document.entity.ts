import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file stored in the content-addressed archive. One row per (kind, subject): retries add nothing.
 * Rows form a hash chain per issuing body (`chain_seq` gapless, `entry_hash` over the previous hash
 * and the row's fields, libs/documents hash-chain v1), so an edited or removed row is detected.
 */
@Entity({ name: 'archived_document' })
@Index('ux_archived_document_kind_subject', ['kind', 'subjectKey'], { unique: true })
@Index('ix_archived_document_decision', ['decisionId'])
@Index('ix_archived_document_round', ['roundId'])
@Index('ix_archived_document_sha256', ['sha256'])
@Index('ux_archived_document_body_chain', ['bodyId', 'chainSeq'], { unique: true })
export class ArchivedDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  /** What the document is of: the decision id, `<decisionId>:<proposalId>` for a certificate, the proposal id for its history. */
  @Column({ name: 'subject_key', type: 'text' }) subjectKey!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  /** The round a round's own paper (minutes, tờ trình, posting notice) is of; outside the chain. */
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  /** 'DECISION', 'CERTIFICATE', 'HISTORY', 'MINUTES', … */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ name: 'workflow_id', type: 'text', nullable: true }) workflowId!: string | null;
  @Column({ name: 'run_id', type: 'text', nullable: true }) runId!: string | null;
  /** Position in the body's chain, 1, 2, 3, … without gaps. */
  @Column({ name: 'chain_seq', type: 'int' }) chainSeq!: number;
  /** `entry_hash` of the body's previous row; null for the first. */
  @Column({ name: 'previous_hash', type: 'text', nullable: true }) previousHash!: string | null;
  @Column({ name: 'entry_hash', type: 'text' }) entryHash!: string;
  /** When the paper was issued (the decision's or the event's time), as committed in the chain. */
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  /** The paper's own number ('07/QĐ-UBND', '03/TB-UBND'); null for papers without one. */
  @Column({ name: 'document_number', type: 'text', nullable: true }) documentNumber!: string | null;
  /** Names as printed, in document order (committed in the chain). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) recipients!: string[];
  /** The decision_revocation that withdrew it; outside the chain (the revocation is chained as its own paper). */
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
