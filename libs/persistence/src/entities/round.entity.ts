import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Read model of a round (đợt): year-end, a themed campaign or the yearly Gia đình văn hóa review. */
@Entity({ name: 'round' })
@Index('ix_round_body_year', ['bodyId', 'year'])
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'workflow_id', type: 'text', unique: true }) workflowId!: string;
  @Column({ type: 'text' }) name!: string;
  /** RoundKind of libs/temporal. */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'rule_set_id', type: 'text' }) ruleSetId!: string;
  @Column({ name: 'nomination_deadline', type: 'date' }) nominationDeadline!: string;
  @Column({ name: 'secret_ballot', type: 'boolean', default: false }) secretBallot!: boolean;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
