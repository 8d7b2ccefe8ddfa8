import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ProposalStatus,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  dismissObjectionsUpdate,
  endRoundPostingUpdate,
  extendPostingUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  recordHigherLevelResultUpdate,
  recordWrittenVoteUpdate,
  resendSignatureRequestUpdate,
  resolveObjectionUpdate,
  resubmitUpdate,
  retryStuckStepUpdate,
  returnForPapersUpdate,
  roundEventSignal,
  submitObjectionSignal,
  withdrawUpdate,
  type ProposalInput,
  type ProposalState,
} from '@khenthuong/temporal';
import { proposalQueueActivities, renderingActivities } from '../shared/activity-options';
import { attended, openAttentionDesk } from '../shared/attention';
import { issueAwardPapers, issueCouncilMinutes, issuePostingNotice, issueSubmission } from '../shared/papers';
import { ProposalProcess } from './proposal.process';
import { REMOTE_SIGNING_PATCH } from './signature.desk';
import { refuseControlCharacters } from '../shared/refuse';

const activities = attended(proposalQueueActivities());
const documents = attended(renderingActivities());

function registerHandlers(p: ProposalProcess): void {
  const { dossier, council, posting, decision, attention } = p;
  setHandler(proposalStateQuery, () => p.state());
  setHandler(retryStuckStepUpdate, (a) => attention.retry(a), { validator: (a) => { refuseControlCharacters(a); attention.validateRetry(a); } });
  setHandler(markDossierCompleteUpdate, (a) => dossier.markComplete(a), { validator: (a) => { refuseControlCharacters(a); dossier.validateMarkComplete(a); } });
  setHandler(returnForPapersUpdate, (a) => dossier.returnForPapers(a), { validator: (a) => { refuseControlCharacters(a); dossier.validateReturn(a); } });
  setHandler(resubmitUpdate, (a) => dossier.resubmit(a), { validator: (a) => { refuseControlCharacters(a); dossier.validateResubmit(a); } });
  setHandler(castVoteUpdate, (a) => council.castVote(a), { validator: (a) => { refuseControlCharacters(a); council.validateVote(a); } });
  setHandler(recordWrittenVoteUpdate, (a) => council.recordWrittenVote(a), { validator: (a) => { refuseControlCharacters(a); council.validateWrittenVote(a); } });
  setHandler(closeCouncilSessionUpdate, (a) => council.closeSession(a), { validator: (a) => { refuseControlCharacters(a); council.validateClose(a); } });
  setHandler(extendPostingUpdate, (a) => posting.extend(a), { validator: (a) => { refuseControlCharacters(a); posting.validateExtend(a); } });
  setHandler(resolveObjectionUpdate, (a) => posting.resolve(a), { validator: (a) => { refuseControlCharacters(a); posting.validateResolve(a); } });
  setHandler(dismissObjectionsUpdate, (a) => posting.dismiss(a), { validator: (a) => { refuseControlCharacters(a); posting.validateDismiss(a); } });
  setHandler(decideUpdate, (a) => decision.decide(a), { validator: (a) => { refuseControlCharacters(a); decision.validateDecide(a); } });
  setHandler(recordHigherLevelResultUpdate, (a) => decision.recordHigherLevelResult(a), { validator: (a) => { refuseControlCharacters(a); decision.validateHigherLevelResult(a); } });
  setHandler(resendSignatureRequestUpdate, (a) => p.signature.resend(a), { validator: (a) => { refuseControlCharacters(a); p.signature.validateResend(a); } });
  setHandler(withdrawUpdate, (a) => decision.withdraw(a), { validator: (a) => { refuseControlCharacters(a); decision.validateWithdraw(a); } });
  setHandler(submitObjectionSignal, (a) => posting.receiveObjection(a));
  setHandler(roundEventSignal, (e) => p.onRoundEvent(e));
  setHandler(endRoundPostingUpdate, (a) => p.endRoundPosting(a), { validator: (a) => p.validateEndRoundPosting(a) });
}

/** Waits until the status leaves `status` (a human step, a round event or a timer moved it). */
const leaves = (p: ProposalProcess, status: ProposalStatus) => condition(() => !p.core.is(status));

/** After a passing vote: escalate, post publicly, or go straight to the decision. */
async function afterApproval(p: ProposalProcess): Promise<void> {
  const { core, posting, decision } = p;
  if ((core.input.route ?? 'WARD_DECISION') === 'ESCALATE') {
    await decision.escalate();
    // Tờ trình to the higher level with the dossier (Luật TĐKT 2022 Điều 80).
    return issueSubmission(core.input.bodyId, core.input.proposalId, [core.input.proposalId], 'ESCALATE');
  }
  if (!p.ownDecision()) {
    // The round posts its whole list (or tells that it does not post at all).
    await condition(() => !core.is(ProposalStatus.APPROVED_BY_COUNCIL) || posting.roundPostingHasEnded());
    if (core.is(ProposalStatus.APPROVED_BY_COUNCIL)) await core.enter('END_POSTING', null, ProposalStatus.AWAITING_DECISION, 'Đợt khen thưởng không niêm yết công khai');
    return;
  }
  if (posting.postingRequired()) {
    await posting.startOwnPosting();
    const { startsOn, endsOn } = posting.posting!;
    return issuePostingNotice(core.input.bodyId, core.input.proposalId, [core.input.proposalId], startsOn, endsOn);
  }
  await core.enter('END_POSTING', null, ProposalStatus.AWAITING_DECISION, 'Thủ tục đơn giản: không niêm yết công khai');
}

async function issueDocuments(p: ProposalProcess, input: ProposalInput): Promise<void> {
  if (!p.ownDecision()) {
    // The round issued one decision with its annex for the whole title; this proposal records it.
    await p.core.enter('ISSUE_DOCUMENTS', null, ProposalStatus.DOCUMENTS_ISSUED, p.decision.decision?.numberText ?? null);
    return;
  }
  const assigned = await activities.assignDecisionNumber({ bodyId: input.bodyId, subjectKey: input.proposalId, signerUserId: p.decision.signerUserId() });
  let signatureRequestId: string | undefined;
  // Runs started before it issue with the worker's key, as they did.
  if (patched(REMOTE_SIGNING_PATCH)) {
    const signature = await p.signature.obtain({ bodyId: input.bodyId, proposalId: input.proposalId, decisionId: assigned.decisionId });
    if (signature.kind === 'REJECTED') return p.decision.signatureRejected(signature.documentLabel);
    if (signature.kind === 'SIGNED') signatureRequestId = signature.requestId;
  }
  const document = await documents.issueDecisionDocument({
    bodyId: input.bodyId,
    proposalId: input.proposalId,
    decisionId: assigned.decisionId,
    workflowId: workflowInfo().workflowId,
    runId: workflowInfo().runId,
    ...(signatureRequestId ? { signatureRequestId } : {}),
  });
  p.decision.decision = {
    decisionId: assigned.decisionId,
    numberText: assigned.numberText,
    decisionDate: assigned.decisionDate,
    documentSha256: document.sha256,
    amountVnd: document.amountVnd,
  };
  await issueAwardPapers(input.bodyId, assigned.decisionId, [input.proposalId], document.amountVnd !== null);
  await p.core.enter('ISSUE_DOCUMENTS', null, ProposalStatus.DOCUMENTS_ISSUED, assigned.numberText);
}

/** One proposal from submission to its archived documents (docs/architecture.md, "The process"). */
export async function proposalWorkflow(input: ProposalInput): Promise<ProposalState> {
  const subject = { kind: 'PROPOSAL', proposalId: input.proposalId, roundId: input.roundId ?? null } as const;
  const attention = openAttentionDesk(input.bodyId, subject, `Đề nghị khen thưởng "${input.nominee.name}"`);
  const p = new ProposalProcess(input, activities, workflowInfo().workflowId, attention);
  registerHandlers(p);
  await p.core.recordSubmission();

  while (!p.core.isFinal()) {
    const status = p.core.status;
    switch (status) {
      case ProposalStatus.RETURNED:
        await p.dossier.waitForResubmission();
        break;
      case ProposalStatus.APPROVED_BY_COUNCIL:
        await afterApproval(p);
        break;
      case ProposalStatus.PUBLICLY_POSTED:
        await p.posting.runPosting(p.ownDecision());
        break;
      case ProposalStatus.DECIDED:
        await issueDocuments(p, input);
        break;
      case ProposalStatus.DOCUMENTS_ISSUED:
        // Added after runs had started: Temporal deletes histories after retention, so a closed
        // proposal keeps its event history (JSON) in the archive beside its PDFs. Runs recorded
        // before this change replay without it (workflows/test/histories, replay.test.ts).
        if (patched('export-history-on-close')) {
          await activities.exportHistory({ bodyId: input.bodyId, proposalId: input.proposalId, workflowId: workflowInfo().workflowId });
        }
        await p.core.enter('CLOSE', null, ProposalStatus.CLOSED, null);
        break;
      case ProposalStatus.IN_COUNCIL_REVIEW:
        await leaves(p, status);
        // A session of its own leaves its minutes; a round's session is minuted by the round.
        if (p.council.session && p.council.tally) {
          await issueCouncilMinutes(input.bodyId, input.proposalId, [input.proposalId], p.council.session.secret);
        }
        break;
      case ProposalStatus.AWAITING_DECISION:
        // Tờ trình to the chairman for a proposal decided on its own (a round submits its whole list).
        if (p.ownDecision()) await issueSubmission(input.bodyId, input.proposalId, [input.proposalId], 'WARD_DECISION');
        await leaves(p, status);
        break;
      default:
        // SUBMITTED, AWAITING_COUNCIL, ESCALATED: a person acts next.
        await leaves(p, status);
    }
  }
  // Let in-flight update handlers finish their activity calls before the run completes.
  await condition(allHandlersFinished);
  return p.state();
}
