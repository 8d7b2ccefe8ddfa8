import { proxyActivities } from '@temporalio/workflow';
import type { IssuedPlanDocument, PlanPaperActivities, RenderRegistrationListInput } from '@khenthuong/temporal';
import { RENDERING_OPTIONS } from '../shared/activity-options';
import { noticedOnFailure } from './plan-failure';

const documents = proxyActivities<PlanPaperActivities>(RENDERING_OPTIONS);

/** Prints the plan's registration list as it stands (unnumbered: a list, not a document of its own). */
export async function renderRegistrationListWorkflow(input: RenderRegistrationListInput): Promise<IssuedPlanDocument> {
  return noticedOnFailure(input.bodyId, 'danh sách đăng ký thi đua', () => documents.renderRegistrationList({ bodyId: input.bodyId, planId: input.planId, content: input.content }));
}
