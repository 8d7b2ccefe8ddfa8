import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An open-ballot vote of a council member on a proposal, mirrored from the workflow. */
@Entity({ name: 'proposal_vote' })
@Index('ux_proposal_vote_member', ['proposalId', 'memberUserId'], { unique: true })
export class ProposalVoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ name: 'member_user_id', type: 'uuid' }) memberUserId!: string;
  @Column({ type: 'text' }) choice!: string;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}
