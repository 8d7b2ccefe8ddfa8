import { setHandler, workflowInfo } from '@temporalio/workflow';
import { retryStuckStepUpdate, type IssuedDocument, type RevocationActivities, type RevocationInput } from '@khenthuong/temporal';
import { documentsQueueActivities } from '../shared/activity-options';
import { attended, openAttentionDesk } from '../shared/attention';
import { refuseControlCharacters } from '../shared/refuse';

const documents = attended(documentsQueueActivities<RevocationActivities>());

/**
 * A correction after issue is a compensation, not an edit: the revocation recorded by the api
 * becomes a numbered corrective decision, and the revoked certificates and decision stay in the
 * archive, marked, so both remain verifiable. Its attempts are bounded like every rendering step: a
 * failure that outlasts them waits in "cần xử lý" for the officer or the administrator.
 */
export async function revocationWorkflow(input: RevocationInput): Promise<IssuedDocument> {
  const subjectNameVi = input.decisionNumberText ? `Thu hồi Quyết định số ${input.decisionNumberText}` : 'Yêu cầu thu hồi quyết định khen thưởng';
  const attention = openAttentionDesk(input.bodyId, { kind: 'REVOCATION', revocationId: input.revocationId, proposalId: null, roundId: null }, subjectNameVi);
  setHandler(retryStuckStepUpdate, (a) => attention.retry(a), { validator: (a) => { refuseControlCharacters(a); attention.validateRetry(a); } });
  const { workflowId, runId } = workflowInfo();
  return documents.issueCorrectiveDecision({ bodyId: input.bodyId, revocationId: input.revocationId, workflowId, runId });
}
