import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's ballot over a round's whole list ("agree with all except …"). In a secret session the
 * choices are null: only participation is stored, the totals go to each proposal's tally.
 */
@Entity({ name: 'round_ballot' })
@Index('ux_round_ballot_member', ['roundId', 'memberUserId'], { unique: true })
export class RoundBallotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @Column({ name: 'member_user_id', type: 'uuid' }) memberUserId!: string;
  @Column({ name: 'default_choice', type: 'text', nullable: true }) defaultChoice!: string | null;
  @Column({ type: 'jsonb', nullable: true }) exceptions!: unknown[] | null;
  @Column({ type: 'boolean', default: false }) written!: boolean;
  @Column({ name: 'scan_sha256', type: 'text', nullable: true }) scanSha256!: string | null;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}
