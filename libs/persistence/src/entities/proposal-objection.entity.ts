import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An objection from the public during posting; the sender's contact stays here, never in the workflow. */
@Entity({ name: 'proposal_objection' })
@Index('ix_proposal_objection_proposal', ['proposalId', 'receivedAt'])
export class ProposalObjectionEntity {
  /** Chosen by the api before signalling, so a repeated delivery is one objection. */
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ name: 'sender_name', type: 'text' }) senderName!: string;
  @Column({ name: 'sender_contact', type: 'text' }) senderContact!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true }) resolvedBy!: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
