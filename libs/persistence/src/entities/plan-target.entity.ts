import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC_TO_NUMBER } from './numeric.transformer';
import { PlanEntity } from './plan.entity';
import { UnitEntity } from './unit.entity';

/** A key target of a plan (chỉ tiêu thi đua chủ yếu): value, comparison, who reports it, how often. */
@Entity({ name: 'plan_target' })
@Index('ux_plan_target_plan_ordinal', ['planId', 'ordinal'], { unique: true })
@Index('ix_plan_target_body_unit', ['bodyId', 'responsibleUnitId'])
export class PlanTargetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  /** Order in the plan, from 1. */
  @Column({ type: 'int' }) ordinal!: number;
  @Column({ type: 'text' }) name!: string;
  /** '%', 'lao động', 'trường', 'người', … */
  @Column({ name: 'unit_of_measure', type: 'text' }) unitOfMeasure!: string;
  @Column({ name: 'target_value', type: 'numeric', transformer: NUMERIC_TO_NUMBER }) targetValue!: number;
  /** TargetComparison of libs/domain: GTE | LTE | LT | GT | EQ */
  @Column({ type: 'text' }) comparison!: string;
  /** TargetValueKind of libs/domain: CUMULATIVE | LEVEL */
  @Column({ name: 'value_kind', type: 'text' }) valueKind!: string;
  @Column({ name: 'responsible_unit_id', type: 'uuid' }) responsibleUnitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_unit_id' })
  responsibleUnit?: UnitEntity;
  @Column({ name: 'data_source', type: 'text' }) dataSource!: string;
  /** ReportingPeriod of libs/domain: MONTH | QUARTER | HALF_YEAR | YEAR */
  @Column({ name: 'reporting_period', type: 'text' }) reportingPeriod!: string;
}
