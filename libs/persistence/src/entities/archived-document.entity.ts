import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file stored in the content-addressed archive. One row per (kind, subject): retries add nothing. */
@Entity({ name: 'archived_document' })
@Index('ux_archived_document_kind_subject', ['kind', 'subjectKey'], { unique: true })
@Index('ix_archived_document_decision', ['decisionId'])
@Index('ix_archived_document_sha256', ['sha256'])
export class ArchivedDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  /** What the document is of: the decision id, `<decisionId>:<proposalId>` for a certificate, the proposal id for its history. */
  @Column({ name: 'subject_key', type: 'text' }) subjectKey!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  /** 'DECISION', 'CERTIFICATE', 'HISTORY', 'MINUTES', … */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ name: 'workflow_id', type: 'text', nullable: true }) workflowId!: string | null;
  @Column({ name: 'run_id', type: 'text', nullable: true }) runId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
