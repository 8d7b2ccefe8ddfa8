import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttachedPaperColumns } from './attached-paper.columns';
import { ProposalEntity } from './proposal.entity';

/**
 * A paper of a proposal's dossier uploaded by the nominating unit (tờ trình, báo cáo thành tích …).
 * The bytes sit in the content-addressed archive; the same bytes attached twice are one row.
 */
@Entity({ name: 'proposal_document' })
@Index('ux_proposal_document_proposal_sha256', ['proposalId', 'sha256'], { unique: true })
export class ProposalDocumentEntity extends AttachedPaperColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;
}
