import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { UnitEntity } from './unit.entity';

/** A household of a residential group (tổ dân phố), for Gia đình văn hóa. */
@Entity({ name: 'household' })
@Index('ix_household_body_group', ['bodyId', 'residentialGroupId'])
// GIN trigram index on khenthuong_search_key(head_name) (migration 1765200000000).
@Index('ix_household_search_trgm', { synchronize: false })
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_household_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  /** Name of the head of household, as the household is named on papers. */
  @Column({ name: 'head_name', type: 'text' }) headName!: string;
  @Column({ type: 'text' }) address!: string;
  @Column({ name: 'residential_group_id', type: 'uuid' }) residentialGroupId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'residential_group_id', foreignKeyConstraintName: 'FK_household_group' })
  residentialGroup?: UnitEntity;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One imported file of earlier years' awards; its content hash makes a second upload a no-op. */
@Entity({ name: 'award_import' })
@Index('ux_award_import_hash', ['bodyId', 'contentSha256'], { unique: true })
export class AwardImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_award_import_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'content_sha256', type: 'text' }) contentSha256!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'row_count', type: 'int' }) rowCount!: number;
  @Column({ name: 'imported_count', type: 'int' }) importedCount!: number;
  @Column({ name: 'imported_by', type: 'uuid' }) importedBy!: string;
  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' }) importedAt!: Date;
}

export type AwardSource = 'DECIDED_HERE' | 'HIGHER_LEVEL' | 'IMPORTED';
/** Level of the issuing authority. */
export type AwardLevel = 'PHUONG' | 'TINH' | 'TRUNG_UONG';

/**
 * An award not decided by this system: a higher level's result or an earlier year's list. The view
 * `award_register` joins these with the awards the process decided (docs/register.md).
 */
@Entity({ name: 'award_record' })
@Index('ux_award_record_dedupe', ['bodyId', 'dedupeKey'], { unique: true })
@Check('CHK_award_record_one_recipient', 'num_nonnulls("person_id", "household_id", "unit_id") = 1')
@Index('ix_award_record_person', ['personId'])
@Index('ix_award_record_household', ['householdId'])
@Index('ix_award_record_unit', ['unitId'])
@Index('ix_award_record_body_year_title', ['bodyId', 'year', 'title'])
@Index('ix_award_record_body_holder_year', ['bodyId', 'holderUnitId', 'year'])
// GIN trigram index on recipient_search_key (migration 1765720000000).
@Index('ix_award_record_search_trgm', { synchronize: false })
export class AwardRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_award_record_id' }) id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ type: 'text' }) source!: AwardSource;
  /** RecipientKind of libs/domain */
  @Column({ name: 'recipient_kind', type: 'text' }) recipientKind!: string;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_award_record_person' })
  person?: PersonEntity | null;
  @Column({ name: 'household_id', type: 'uuid', nullable: true }) householdId!: string | null;
  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'FK_award_record_household' })
  household?: HouseholdEntity | null;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_award_record_unit' })
  unit?: UnitEntity | null;
  /** The name as the decision printed it. */
  @Column({ name: 'recipient_name', type: 'text' }) recipientName!: string;
  /** khenthuong_search_key(recipient_name), stored for the name lookup (migration 1765720000000); written by PostgreSQL only. */
  @Column({ name: 'recipient_search_key', type: 'text', generatedType: 'STORED', asExpression: 'khenthuong_search_key("recipient_name")', insert: false, update: false, select: false })
  recipientSearchKey!: string;
  /** AwardTitle of libs/domain */
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) level!: AwardLevel;
  @Column({ name: 'decision_number', type: 'text', nullable: true }) decisionNumber!: string | null;
  @Column({ name: 'decision_date', type: 'date', nullable: true }) decisionDate!: string | null;
  @Column({ type: 'text', nullable: true }) issuer!: string | null;
  /** The Điều 5 achievement key (libs/domain achievementKey): one achievement is registered once. */
  @Column({ name: 'dedupe_key', type: 'text' }) dedupeKey!: string;
  @Column({ name: 'import_id', type: 'uuid', nullable: true }) importId!: string | null;
  @ManyToOne(() => AwardImportEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'FK_award_record_import' })
  awardImport?: AwardImportEntity | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  /** The recipient's unit when the row was written; filled by a trigger when the writer leaves it out (migration 1765410000000). */
  @Column({ name: 'holder_unit_id', type: 'uuid', nullable: true }) holderUnitId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
