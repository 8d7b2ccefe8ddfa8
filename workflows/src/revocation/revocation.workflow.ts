import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { DOCUMENTS_TASK_QUEUE, type IssuedDocument, type RevocationActivities } from '@khenthuong/temporal';

const documents = proxyActivities<RevocationActivities>({
  taskQueue: DOCUMENTS_TASK_QUEUE,
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/**
 * A correction after issue is a compensation, not an edit: the revocation recorded by the api
 * becomes a numbered corrective decision, and the revoked certificates and decision stay in the
 * archive, marked, so both remain verifiable.
 */
export async function revocationWorkflow(input: { bodyId: string; revocationId: string }): Promise<IssuedDocument> {
  const { workflowId, runId } = workflowInfo();
  return documents.issueCorrectiveDecision({ bodyId: input.bodyId, revocationId: input.revocationId, workflowId, runId });
}
