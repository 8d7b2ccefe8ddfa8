import { proxyActivities } from '@temporalio/workflow';
import { DOCUMENTS_TASK_QUEUE, type IssuedPlanDocument, type PlanPaperActivities, type RenderRegistrationListInput } from '@khenthuong/temporal';

const documents = proxyActivities<PlanPaperActivities>({
  taskQueue: DOCUMENTS_TASK_QUEUE,
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/** Prints the plan's registration list as it stands (unnumbered: a list, not a document of its own). */
export async function renderRegistrationListWorkflow(input: RenderRegistrationListInput): Promise<IssuedPlanDocument> {
  return documents.renderRegistrationList({ bodyId: input.bodyId, planId: input.planId, content: input.content });
}
