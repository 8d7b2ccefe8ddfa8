import type { IssuedPlanDocument, PlanPaperActivities, RenderRegistrationListInput } from '@khenthuong/temporal';
import { documentsQueueActivities } from '../shared/activity-options';
import { noticedOnFailure } from './plan-failure';

const documents = documentsQueueActivities<PlanPaperActivities>();

/** Prints the plan's registration list as it stands (unnumbered: a list, not a document of its own). */
export async function renderRegistrationListWorkflow(input: RenderRegistrationListInput): Promise<IssuedPlanDocument> {
  return noticedOnFailure(input.bodyId, 'danh sách đăng ký thi đua', () => documents.renderRegistrationList({ bodyId: input.bodyId, planId: input.planId, content: input.content }));
}
