import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An award decision, or a corrective decision that revokes (part of) an earlier one. */
export type DecisionKind = 'AWARD' | 'CORRECTIVE';

/** A numbered decision. `subjectKey` (e.g. the proposal id) makes number assignment idempotent. */
@Entity({ name: 'decision' })
@Index('ux_decision_subject', ['bodyId', 'subjectKey'], { unique: true })
@Index('ux_decision_number', ['bodyId', 'year', 'symbol', 'sequence'], { unique: true })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'body_id', type: 'uuid' }) bodyId!: string;
  @Column({ name: 'subject_key', type: 'text' }) subjectKey!: string;
  @Column({ type: 'text', default: 'AWARD' }) kind!: DecisionKind;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) symbol!: string;
  @Column({ type: 'int' }) sequence!: number;
  /** '01/QĐ-UBND' */
  @Column({ name: 'number_text', type: 'text' }) numberText!: string;
  @Column({ name: 'decision_date', type: 'date' }) decisionDate!: string;
  @Column({ name: 'signer_user_id', type: 'uuid' }) signerUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
