import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A list of proposals a round's paper is about (its awardees, its posted list), written in pages
 * by the workflow before the paper is issued, so the paper's activity input names the list instead
 * of carrying every id: payloads stay the same size whatever the size of the round.
 */
@Entity({ name: 'proposal_list' })
export class ProposalListEntity {
  /** `<workflow id>:<paper>` — one list per paper of a run. */
  @PrimaryColumn({ name: 'list_key', type: 'text' }) listKey!: string;
  /** The order the workflow gave: papers list their subjects in it. */
  @PrimaryColumn({ type: 'integer' }) position!: number;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
}
