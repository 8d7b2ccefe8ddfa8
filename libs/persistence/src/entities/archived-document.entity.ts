import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A PDF stored in the content-addressed archive. One row per (decision, kind): retries add nothing. */
@Entity({ name: 'archived_document' })
@Index('ux_archived_document_decision_kind', ['decisionId', 'kind'], { unique: true })
@Index('ix_archived_document_sha256', ['sha256'])
export class ArchivedDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  /** 'DECISION', later 'CERTIFICATE', 'MINUTES', … */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ name: 'workflow_id', type: 'text', nullable: true }) workflowId!: string | null;
  @Column({ name: 'run_id', type: 'text', nullable: true }) runId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
