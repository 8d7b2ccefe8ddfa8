import { ActivityFailure, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { ACTIVITY_FAILURE_REASON_VI, type ProposalActivities } from '@khenthuong/temporal';
import { ATTENTION_OPTIONS } from '../shared/activity-options';
import { failureTypeOf } from '../shared/attention';

/**
 * Added after runs had started: before it, a plan paper's step retried without bound. Asked only on a
 * failure, so successful runs carry no marker and old failed runs replay as they ran.
 */
export const PLAN_FAILURE_NOTICE_PATCH = 'plan-paper-failure-noticed';

const notices = proxyActivities<Pick<ProposalActivities, 'notify'>>(ATTENTION_OPTIONS);

/**
 * A plan paper's steps have bounded attempts. When one fails for good, the officer and the
 * administrator are told what and why, and the run ends: the paper's button stays on the plan's
 * page, and pressing it again after the repair starts a new run that finds what the last one stored.
 */
export async function noticedOnFailure<T>(bodyId: string, paperVi: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ActivityFailure) || !patched(PLAN_FAILURE_NOTICE_PATCH)) throw error;
    const { workflowId, runId } = workflowInfo();
    await notices.notify({
      bodyId,
      eventKey: `${workflowId}:${runId}:failed`,
      proposalId: null,
      roundId: null,
      roles: ['OFFICER', 'ADMIN'],
      kind: 'NEEDS_ATTENTION',
      messageVi: `Cần xử lý: chưa ban hành được ${paperVi}. ${ACTIVITY_FAILURE_REASON_VI[failureTypeOf(error)]} Sau khi sửa, bấm ban hành lại trên trang kế hoạch.`,
    });
    throw error;
  }
}
