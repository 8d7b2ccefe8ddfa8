import { proxyActivities } from '@temporalio/workflow';
import { DOCUMENTS_TASK_QUEUE, type IssuePlanDocumentInput, type PlanActivities, type PlanDocumentActivities, type PlanDocumentResult } from '@khenthuong/temporal';

const activities = proxyActivities<PlanActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
const documents = proxyActivities<PlanDocumentActivities>({
  taskQueue: DOCUMENTS_TASK_QUEUE,
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/** Issues a plan: its number (Số: nn/KH-UBND, row-locked counter), then the PDF into the archive. */
export async function issuePlanDocumentWorkflow(input: IssuePlanDocumentInput): Promise<PlanDocumentResult> {
  const number = await activities.assignPlanNumber({ bodyId: input.bodyId, planId: input.planId });
  const document = await documents.issuePlanDocument({ bodyId: input.bodyId, planId: input.planId });
  return { planId: input.planId, ...number, ...document };
}
