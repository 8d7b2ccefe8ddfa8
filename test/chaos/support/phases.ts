import { eventually } from '../../support/stack';
import type { RunningStack } from './chaos-stack';

const STARTED = 2; // temporal.api.enums.v1.PendingActivityState.PENDING_ACTIVITY_STATE_STARTED

async function runs(stack: RunningStack, workflowId: string, activity: string): Promise<boolean> {
  const { raw } = await stack.temporal.workflow.getHandle(workflowId).describe();
  return (raw.pendingActivities ?? []).some((a) => a.activityType?.name === activity && Number(a.state) === STARTED);
}

/** Waits until a worker is running the named activity of the workflow (read from Temporal itself). */
export function activityRunning(stack: RunningStack, workflowId: string, activity: string, timeoutMs = 180_000): Promise<true> {
  return eventually(async () => ((await runs(stack, workflowId, activity)) ? true : undefined), `activity ${activity} running in ${workflowId}`, timeoutMs);
}

/** Waits until a worker is running the named activity for at least one of the workflows. */
export function activityRunningInAny(stack: RunningStack, workflowIds: string[], activity: string, timeoutMs = 180_000): Promise<number> {
  return eventually(async () => {
    const running = (await Promise.all(workflowIds.map((id) => runs(stack, id, activity)))).filter(Boolean).length;
    return running > 0 ? running : undefined;
  }, `activity ${activity} running in one of ${workflowIds.length} workflows`, timeoutMs);
}

/** Waits until at least `min` of the proposals have an audit row entering the state. */
export function transitionsRecorded(stack: RunningStack, ids: string[], toState: string, min = 1, timeoutMs = 180_000): Promise<number> {
  return eventually(async () => {
    const [row] = await stack.db.query(`SELECT count(DISTINCT proposal_id)::int AS n FROM audit_log WHERE proposal_id = ANY($1) AND to_state = $2`, [ids, toState]);
    return row.n >= min ? (row.n as number) : undefined;
  }, `${min} proposals entering ${toState}`, timeoutMs);
}

export async function roundWorkflowId(stack: RunningStack, roundId: string): Promise<string> {
  const [row] = await stack.db.query(`SELECT workflow_id FROM round WHERE id = $1`, [roundId]);
  return row.workflow_id as string;
}
