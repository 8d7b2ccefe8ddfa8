import { proxyActivities } from '@temporalio/workflow';
import { DOCUMENTS_TASK_QUEUE, type IssuePlanSummaryInput, type PlanPaperActivities, type PlanSummaryActivities, type PlanSummaryResult } from '@khenthuong/temporal';

const activities = proxyActivities<PlanSummaryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
const documents = proxyActivities<PlanPaperActivities>({
  taskQueue: DOCUMENTS_TASK_QUEUE,
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/** Issues the year-end summary report: its number (Số: nn/BC-UBND, row-locked counter), then the PDF. */
export async function issuePlanSummaryWorkflow(input: IssuePlanSummaryInput): Promise<PlanSummaryResult> {
  const number = await activities.assignSummaryNumber({ bodyId: input.bodyId, planId: input.planId });
  const document = await documents.issuePlanSummary({ bodyId: input.bodyId, planId: input.planId, content: input.content });
  return { planId: input.planId, ...number, ...document };
}
