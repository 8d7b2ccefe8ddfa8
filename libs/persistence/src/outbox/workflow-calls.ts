import type { WorkflowCallKind } from '../entities/workflow-call.entity';

/** A DataSource or the EntityManager of a transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

export interface WorkflowCall {
  callKey: string;
  kind: WorkflowCallKind;
  workflowId: string;
  workflowType?: string;
  taskQueue?: string;
  signalName?: string;
  args: unknown[];
}

export interface PendingWorkflowCall extends WorkflowCall {
  id: string;
  attempts: number;
}

const COLUMNS = `id, call_key AS "callKey", kind, workflow_id AS "workflowId", workflow_type AS "workflowType", task_queue AS "taskQueue",
                 signal_name AS "signalName", args, attempts`;

/** Stores the call beside the row that owes it; call it inside that row's transaction. A repeat stores nothing. */
export async function enqueueWorkflowCall(q: Queryable, call: WorkflowCall): Promise<void> {
  await q.query(
    `INSERT INTO workflow_call (call_key, kind, workflow_id, workflow_type, task_queue, signal_name, args)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (call_key) DO NOTHING`,
    [call.callKey, call.kind, call.workflowId, call.workflowType ?? null, call.taskQueue ?? null, call.signalName ?? null, JSON.stringify(call.args)],
  );
}

/** The calls owed to one workflow that Temporal has not confirmed yet, oldest first. */
export function pendingCallsOf(q: Queryable, workflowId: string): Promise<PendingWorkflowCall[]> {
  return q.query(`SELECT ${COLUMNS} FROM workflow_call WHERE workflow_id = $1 AND dispatched_at IS NULL ORDER BY created_at`, [workflowId]);
}

/** Unconfirmed calls older than `olderThanSeconds` (younger ones may still be in their request's hands). */
export function pendingCallsOlderThan(q: Queryable, olderThanSeconds: number, limit: number): Promise<PendingWorkflowCall[]> {
  return q.query(
    `SELECT ${COLUMNS} FROM workflow_call WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => $1)
      ORDER BY created_at LIMIT $2`,
    [olderThanSeconds, limit],
  );
}

export async function markCallDispatched(q: Queryable, id: string): Promise<void> {
  await q.query(`UPDATE workflow_call SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [id]);
}

export async function markCallFailed(q: Queryable, id: string, error: string): Promise<void> {
  await q.query(`UPDATE workflow_call SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error.slice(0, 1000)]);
}

/** Drops calls that were never delivered together with the row that owed them (a refused request). */
export async function deleteWorkflowCall(q: Queryable, callKey: string): Promise<void> {
  await q.query(`DELETE FROM workflow_call WHERE call_key = $1`, [callKey]);
}

/** Forgets delivered calls after `days` (kept a while to tell what was delivered when). */
export async function pruneDeliveredCalls(q: Queryable, days: number): Promise<void> {
  await q.query(`DELETE FROM workflow_call WHERE dispatched_at < now() - make_interval(days => $1)`, [days]);
}
