import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/**
 * A paper of a proposal's dossier uploaded by the nominating unit (tờ trình, báo cáo thành tích …).
 * The bytes sit in the content-addressed archive; the same bytes attached twice are one row.
 */
@Entity({ name: 'proposal_document' })
@Index('ux_proposal_document_proposal_sha256', ['proposalId', 'sha256'], { unique: true })
export class ProposalDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;
  /** DossierPaper of libs/domain */
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  /** Judged from the bytes, never from the upload's declared type. */
  @Column({ type: 'text' }) mime!: string;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
