import { proxyActivities } from '@temporalio/workflow';
import type { IssuePlanDocumentInput, PlanActivities, PlanDocumentActivities, PlanDocumentResult } from '@khenthuong/temporal';
import { PROPOSAL_QUEUE_OPTIONS, documentsQueueActivities } from '../shared/activity-options';
import { noticedOnFailure } from './plan-failure';

const activities = proxyActivities<PlanActivities>(PROPOSAL_QUEUE_OPTIONS);
const documents = documentsQueueActivities<PlanDocumentActivities>();

/** Issues a plan: its number (Số: nn/KH-UBND, row-locked counter), then the PDF into the archive. */
export async function issuePlanDocumentWorkflow(input: IssuePlanDocumentInput): Promise<PlanDocumentResult> {
  return noticedOnFailure(input.bodyId, 'văn bản kế hoạch', async () => {
    const number = await activities.assignPlanNumber({ bodyId: input.bodyId, planId: input.planId });
    const document = await documents.issuePlanDocument({ bodyId: input.bodyId, planId: input.planId });
    return { planId: input.planId, ...number, ...document };
  });
}
