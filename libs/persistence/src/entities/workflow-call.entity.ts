import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type WorkflowCallKind = 'START' | 'SIGNAL';

/**
 * A call to Temporal owed by a row written in the same transaction (a workflow to start, a signal to
 * send). It stays pending until Temporal has confirmed it, so a crash or an outage between the
 * commit and the call only delays it: a retry or the worker's drain delivers it.
 */
@Entity({ name: 'workflow_call' })
@Index('ix_workflow_call_pending', ['dispatchedAt', 'createdAt'])
export class WorkflowCallEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** One call per purpose (`start:proposal-<id>`), so enqueueing twice stores it once. */
  @Index('ux_workflow_call_key', { unique: true })
  @Column({ name: 'call_key', type: 'text' })
  callKey!: string;
  @Column({ type: 'text' }) kind!: WorkflowCallKind;
  @Column({ name: 'workflow_id', type: 'text' }) workflowId!: string;
  /** START: the workflow function's registered name and its queue; SIGNAL: the signal's name. */
  @Column({ name: 'workflow_type', type: 'text', nullable: true }) workflowType!: string | null;
  @Column({ name: 'task_queue', type: 'text', nullable: true }) taskQueue!: string | null;
  @Column({ name: 'signal_name', type: 'text', nullable: true }) signalName!: string | null;
  @Column({ type: 'jsonb' }) args!: unknown[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true }) dispatchedAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}
