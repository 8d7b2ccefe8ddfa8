import { proxyActivities } from '@temporalio/workflow';
import type { IssuePlanSummaryInput, PlanPaperActivities, PlanSummaryActivities, PlanSummaryResult } from '@khenthuong/temporal';
import { PROPOSAL_QUEUE_OPTIONS, documentsQueueActivities } from '../shared/activity-options';
import { noticedOnFailure } from './plan-failure';

const activities = proxyActivities<PlanSummaryActivities>(PROPOSAL_QUEUE_OPTIONS);
const documents = documentsQueueActivities<PlanPaperActivities>();

/** Issues the year-end summary report: its number (Số: nn/BC-UBND, row-locked counter), then the PDF. */
export async function issuePlanSummaryWorkflow(input: IssuePlanSummaryInput): Promise<PlanSummaryResult> {
  return noticedOnFailure(input.bodyId, 'báo cáo tổng kết', async () => {
    const number = await activities.assignSummaryNumber({ bodyId: input.bodyId, planId: input.planId });
    const document = await documents.issuePlanSummary({ bodyId: input.bodyId, planId: input.planId, content: input.content });
    return { planId: input.planId, ...number, ...document };
  });
}
