import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttachedPaperColumns } from './attached-paper.columns';
import { UnitEntity } from './unit.entity';

/**
 * A nomination a unit is still preparing ("Lưu nháp"), with the papers attached to it so far. Kept
 * apart from `proposal` on purpose: a proposal row always means submitted, with a workflow (or one
 * owed by the outbox), so no read model, task list, register or public page ever sees a draft.
 * Submitting moves the papers to the new proposal and deletes the draft in the transaction that
 * inserts the proposal (docs/dossier.md).
 */
@Entity({ name: 'proposal_draft' })
@Index('ux_proposal_draft_body_client_key', ['bodyId', 'clientKey'], { unique: true })
@Index('ix_proposal_draft_body_unit_updated', ['bodyId', 'unitId', 'updatedAt'])
export class ProposalDraftEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_proposal_draft_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  /** Chosen by the form or the client: saving the same draft twice (double click) stores it once. */
  @Column({ name: 'client_key', type: 'text' }) clientKey!: string;
  /** The nominating unit (chosen by the officer when the officer enters it). */
  @Column({ name: 'unit_id', type: 'uuid' }) unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_proposal_draft_unit' })
  unit?: UnitEntity;
  /** AwardTitle of libs/domain */
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true }) nomineePersonId!: string | null;
  @Column({ name: 'nominee_household_id', type: 'uuid', nullable: true }) nomineeHouseholdId!: string | null;
  @Column({ name: 'nominee_unit_id', type: 'uuid', nullable: true }) nomineeUnitId!: string | null;
  /** The registry's name of the chosen nominee when the draft was saved (for the list only). */
  @Column({ name: 'nominee_name', type: 'text', nullable: true }) nomineeName!: string | null;
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  @Column({ type: 'text', nullable: true }) achievement!: string | null;
  @Column({ name: 'achievement_ref', type: 'text', nullable: true }) achievementRef!: string | null;
  /** The eligibility facts as the API's EligibilityFactsDto. */
  @Column({ type: 'jsonb' }) facts!: Record<string, unknown>;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A paper attached to a draft; the same columns and rules as proposal_document, whose rows it becomes. */
@Entity({ name: 'proposal_draft_document' })
@Index('ux_proposal_draft_document_draft_sha256', ['draftId', 'sha256'], { unique: true })
export class ProposalDraftDocumentEntity extends AttachedPaperColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_proposal_draft_document_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId!: string;
  // Deleting a draft drops its rows; the bytes stay in the content-addressed archive (they may be shared).
  @ManyToOne(() => ProposalDraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'FK_proposal_draft_document_draft' })
  draft?: ProposalDraftEntity;
}
