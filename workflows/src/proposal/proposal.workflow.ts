import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  DOCUMENTS_TASK_QUEUE,
  ProposalStatus,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  withdrawUpdate,
  type DocumentActivities,
  type ProposalActivities,
  type ProposalInput,
  type ProposalState,
} from '@khenthuong/temporal';
import { ProposalProcess } from './proposal.process';

const activities = proxyActivities<ProposalActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
const documents = proxyActivities<DocumentActivities>({
  taskQueue: DOCUMENTS_TASK_QUEUE,
  startToCloseTimeout: '3 minutes',
  // The activity heartbeats while rendering: a crashed worker is noticed in seconds.
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/** One proposal from submission to issued documents (ARCHITECTURE.md, "The process"). */
export async function proposalWorkflow(input: ProposalInput): Promise<ProposalState> {
  const proposal = new ProposalProcess(input, activities, workflowInfo().workflowId);
  setHandler(proposalStateQuery, () => proposal.state());
  setHandler(markDossierCompleteUpdate, (a) => proposal.markComplete(a), { validator: (a) => proposal.validateMarkComplete(a) });
  setHandler(castVoteUpdate, (a) => proposal.castVote(a), { validator: (a) => proposal.validateVote(a) });
  setHandler(closeCouncilSessionUpdate, (a) => proposal.closeCouncil(a), { validator: (a) => proposal.validateCloseCouncil(a) });
  setHandler(decideUpdate, (a) => proposal.decide(a), { validator: (a) => proposal.validateDecide(a) });
  setHandler(withdrawUpdate, (a) => proposal.withdraw(a), { validator: (a) => proposal.validateWithdraw(a) });

  await proposal.recordSubmission();

  await proposal.waitWhile(ProposalStatus.SUBMITTED);
  if (proposal.is(ProposalStatus.IN_COUNCIL_REVIEW)) {
    await proposal.waitWhile(ProposalStatus.IN_COUNCIL_REVIEW);
  }
  if (proposal.is(ProposalStatus.APPROVED_BY_COUNCIL)) {
    const plan = await activities.planPostingPeriod({ bodyId: input.bodyId, ruleSetId: input.ruleSetId, referenceDate: input.referenceDate });
    await proposal.startPosting(plan);
    // Objections arrive in a later issue; a withdrawal ends the posting early.
    await condition(() => !proposal.is(ProposalStatus.PUBLICLY_POSTED), plan.durationMs);
    if (proposal.is(ProposalStatus.PUBLICLY_POSTED)) {
      await proposal.enter('END_POSTING', null, ProposalStatus.AWAITING_DECISION, null);
    }
  }
  if (proposal.is(ProposalStatus.AWAITING_DECISION)) {
    await proposal.waitWhile(ProposalStatus.AWAITING_DECISION);
  }
  if (proposal.is(ProposalStatus.DECIDED)) {
    const decision = await activities.assignDecisionNumber({
      bodyId: input.bodyId,
      proposalId: input.proposalId,
      signerUserId: proposal.signerUserId(),
    });
    const document = await documents.issueDecisionDocument({
      bodyId: input.bodyId,
      proposalId: input.proposalId,
      decisionId: decision.decisionId,
      workflowId: workflowInfo().workflowId,
      runId: workflowInfo().runId,
    });
    await proposal.issueDocuments(decision, document);
  }
  // Let in-flight update handlers finish their activity calls before the run completes.
  await condition(allHandlersFinished);
  return proposal.state();
}
