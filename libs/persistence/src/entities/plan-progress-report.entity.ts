import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC_TO_NUMBER } from './numeric.transformer';
import { PlanTargetEntity } from './plan-target.entity';

/**
 * A value reported for a target and period. Append-only: a correction is a new row pointing at the
 * one it corrects, so the history of every value is kept; the latest row of a period counts.
 */
@Entity({ name: 'plan_progress_report' })
@Index('ix_plan_progress_target_period', ['targetId', 'periodKey', 'reportedAt'])
@Index('ix_plan_progress_body_plan', ['bodyId', 'planId', 'reportedAt'])
export class PlanProgressReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @ManyToOne(() => PlanTargetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  target?: PlanTargetEntity;
  /** '2024-Q1', '2024-M03', '2024-H1', '2024-Y' */
  @Column({ name: 'period_key', type: 'text' }) periodKey!: string;
  @Column({ type: 'numeric', transformer: NUMERIC_TO_NUMBER }) value!: number;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** Evidence file in the archive store (content-addressed), with what the upload said it was. */
  @Column({ name: 'evidence_sha256', type: 'text', nullable: true }) evidenceSha256!: string | null;
  @Column({ name: 'evidence_mime', type: 'text', nullable: true }) evidenceMime!: string | null;
  @Column({ name: 'evidence_name', type: 'text', nullable: true }) evidenceName!: string | null;
  @Column({ name: 'evidence_size', type: 'int', nullable: true }) evidenceSize!: number | null;
  @Column({ name: 'corrects_report_id', type: 'uuid', nullable: true }) correctsReportId!: string | null;
  @Column({ name: 'reported_by', type: 'uuid' }) reportedBy!: string;
  @Column({ name: 'reporter_unit_id', type: 'uuid', nullable: true }) reporterUnitId!: string | null;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt!: Date;
}
