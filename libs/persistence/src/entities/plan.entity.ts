import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IssuingBodyEntity } from './issuing-body.entity';

/** A movement of the plan and its themes (phong trào, chủ đề). */
export interface PlanMovement {
  title: string;
  themes: string[];
}

/** The year's emulation plan (kế hoạch thi đua) or a short themed campaign (đợt thi đua ngắn hạn). */
@Entity({ name: 'plan' })
@Index('ix_plan_body_year', ['bodyId', 'year'])
@Index('ux_plan_body_number', ['bodyId', 'issuedYear', 'numberText'], { unique: true })
@Index('ux_plan_body_summary_number', ['bodyId', 'summaryIssuedYear', 'summaryNumberText'], { unique: true })
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @ManyToOne(() => IssuingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: IssuingBodyEntity;
  /** PlanKind of libs/domain: YEAR | CAMPAIGN */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'int' }) year!: number;
  /** 'Phát động các phong trào thi đua năm 2024' */
  @Column({ type: 'text' }) title!: string;
  /** 'Rõ việc, quyết liệt, linh hoạt, về đích' */
  @Column({ type: 'text' }) motto!: string;
  /** Each printed as a "Căn cứ …;" paragraph. */
  @Column({ name: 'legal_bases', type: 'text', array: true }) legalBases!: string[];
  @Column({ type: 'jsonb' }) movements!: PlanMovement[];
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ name: 'registration_deadline', type: 'date' }) registrationDeadline!: string;
  /** Days after a period's end before its report counts as late (the plan's setting, not law). */
  @Column({ name: 'report_grace_days', type: 'int' }) reportGraceDays!: number;
  /** PlanStatus of libs/domain: DRAFT | ISSUED | CLOSED */
  @Column({ type: 'text' }) status!: string;
  /** Set when the plan document is numbered: '03/KH-UBND', its year and date of issue. */
  @Column({ name: 'number_text', type: 'text', nullable: true }) numberText!: string | null;
  @Column({ name: 'issued_year', type: 'int', nullable: true }) issuedYear!: number | null;
  @Column({ name: 'issued_on', type: 'date', nullable: true }) issuedOn!: string | null;
  @Column({ name: 'document_sha256', type: 'text', nullable: true }) documentSha256!: string | null;
  /** The year-end summary report (Số: nn/BC-UBND), numbered once, and its PDF. */
  @Column({ name: 'summary_number_text', type: 'text', nullable: true }) summaryNumberText!: string | null;
  @Column({ name: 'summary_issued_year', type: 'int', nullable: true }) summaryIssuedYear!: number | null;
  @Column({ name: 'summary_issued_on', type: 'date', nullable: true }) summaryIssuedOn!: string | null;
  @Column({ name: 'summary_sha256', type: 'text', nullable: true }) summarySha256!: string | null;
  /** The latest printed registration list (unnumbered; printed again as registrations change). */
  @Column({ name: 'registrations_sha256', type: 'text', nullable: true }) registrationsSha256!: string | null;
  @Column({ name: 'registrations_rendered_at', type: 'timestamptz', nullable: true }) registrationsRenderedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
