import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';

/** A stored call to Temporal (see the persistence library's workflow_call table). */
export interface DispatchableWorkflowCall {
  kind: 'START' | 'SIGNAL';
  workflowId: string;
  workflowType?: string | null;
  taskQueue?: string | null;
  signalName?: string | null;
  args: unknown[];
}

/**
 * Delivers a stored call; delivering it again is harmless. A start reuses a running execution and
 * never reopens a closed one (its id was used once, for this row); a signal to a closed workflow has
 * nobody left to hear it. Both count as delivered.
 */
export async function dispatchWorkflowCall(client: Client, call: DispatchableWorkflowCall): Promise<void> {
  if (call.kind === 'START') {
    if (!call.workflowType || !call.taskQueue) throw new Error(`start call for ${call.workflowId} without workflow type or queue`);
    try {
      await client.workflow.start(call.workflowType, {
        workflowId: call.workflowId,
        taskQueue: call.taskQueue,
        args: call.args,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return;
  }
  if (!call.signalName) throw new Error(`signal call for ${call.workflowId} without a signal name`);
  try {
    await client.workflow.getHandle(call.workflowId).signal(call.signalName, ...call.args);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
