import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A council member's ballot on a proposal, mirrored from the workflow. In a secret session only the
 * participation is stored (choice and comment null); the totals are on the proposal's tally.
 */
@Entity({ name: 'proposal_vote' })
@Index('ux_proposal_vote_member', ['proposalId', 'memberUserId'], { unique: true })
export class ProposalVoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ name: 'member_user_id', type: 'uuid' }) memberUserId!: string;
  @Column({ type: 'text', nullable: true }) choice!: string | null;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  /** Cast on paper by a member absent from the meeting, recorded by the officer with the scan. */
  @Column({ type: 'boolean', default: false }) written!: boolean;
  @Column({ name: 'scan_sha256', type: 'text', nullable: true }) scanSha256!: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}
