import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** An own target a registrant commits to (e.g. "Tỷ lệ trẻ ra lớp: 100%"). */
export interface OwnTarget {
  name: string;
  value: string;
}

/** A registration (đăng ký thi đua) of a unit or a person for a plan: titles aimed at, own targets. */
@Entity({ name: 'plan_registration' })
@Index('ux_plan_registration_registrant', ['planId', 'registrantKind', 'registrantId'], { unique: true })
@Index('ix_plan_registration_body_unit', ['bodyId', 'unitId'])
export class PlanRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  /** RegistrantKind of libs/domain: UNIT | PERSON */
  @Column({ name: 'registrant_kind', type: 'text' }) registrantKind!: string;
  /** The unit's or the person's id. */
  @Column({ name: 'registrant_id', type: 'uuid' }) registrantId!: string;
  /** The unit registering, or the person's unit: the unit head registers for both. */
  @Column({ name: 'unit_id', type: 'uuid' }) unitId!: string;
  /** AwardTitle values of libs/domain */
  @Column({ type: 'text', array: true }) titles!: string[];
  @Column({ name: 'own_targets', type: 'jsonb' }) ownTargets!: OwnTarget[];
  @Column({ name: 'registered_by', type: 'uuid' }) registeredBy!: string;
  /** First registration: lateness is judged by it; later edits set updated_at only. */
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
