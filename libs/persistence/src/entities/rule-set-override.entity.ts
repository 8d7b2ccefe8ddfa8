import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RuleSetOverrides } from '@khenthuong/domain';
import { IssuingBodyEntity } from './issuing-body.entity';

/** A body's values for the configurable (mostly unconfirmed, U) parameters of one rule set. */
@Entity({ name: 'rule_set_override' })
@Index('ux_rule_set_override_body_rule_set', ['bodyId', 'ruleSetId'], { unique: true })
export class RuleSetOverrideEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @ManyToOne(() => IssuingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: IssuingBodyEntity;
  /** e.g. 'TDKT-2022/ND152-2025': overrides belong to one rule set, a new law starts from its defaults. */
  @Column({ name: 'rule_set_id', type: 'text' }) ruleSetId!: string;
  /** Validated by ruleSetFor/ruleSetById before it is stored. */
  @Column({ type: 'jsonb' }) overrides!: RuleSetOverrides;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
