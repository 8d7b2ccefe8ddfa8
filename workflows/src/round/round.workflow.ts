import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { AwardTitle } from '@khenthuong/domain';
import {
  ProposalStatus,
  ROUND_STEPS,
  RoundStatus,
  WorkflowErrorCode,
  castRoundBallotUpdate,
  closeNominationsUpdate,
  closeRoundCouncilUpdate,
  decideRoundUpdate,
  extendRoundPostingUpdate,
  holdsStepRole,
  openRoundCouncilUpdate,
  recordWrittenRoundBallotUpdate,
  resendSignatureRequestUpdate,
  retryStuckStepUpdate,
  roundStateQuery,
  type AssignedDecision,
  type ExtendPostingArgs,
  type RoundEvent,
  type RoundInput,
  type RoundNominee,
  type RoundState,
} from '@khenthuong/temporal';
import { renderingActivities, roundQueueActivities } from '../shared/activity-options';
import { attended, openAttentionDesk } from '../shared/attention';
import { validateExtensionDays } from '../shared/posting-extension';
import { refuse, refuseControlCharacters } from '../shared/refuse';
import { waitUntil } from '../shared/timed-wait';
import { issueAwardPapers, issueCouncilMinutes, issuePostingNotice, issueSubmission, subjectsOf, type PaperSubjects } from '../shared/papers';
import type { RoundAnnouncement } from './round.delivery';
import { RoundProcess } from './round.process';
import { ROUND_REMOTE_SIGNING_PATCH, awardeeListName, roundSignatureDesk, roundSignatureRefused } from './round.signing';

const activities = attended(roundQueueActivities());
const documents = attended(renderingActivities());

/** Nominations open until the deadline (or the officer closes them); units without a proposal are reminded first. */
async function runNominations(r: RoundProcess): Promise<void> {
  const { input } = r;
  const plan = await activities.planDeadline({
    bodyId: input.bodyId,
    kind: 'NOMINATION',
    ruleSetId: input.ruleSetId,
    ruleSetOverrides: input.ruleSetOverrides,
    referenceDate: input.referenceDate,
    lastDay: input.nominationDeadline,
    reminderWorkingDaysBefore: input.reminderWorkingDaysBefore,
  });
  const closed = () => !r.is(RoundStatus.NOMINATING);
  let waited = 0;
  if (plan.reminderInMs !== null) {
    if (await waitUntil(closed, plan.reminderInMs)) return;
    waited = plan.reminderInMs;
    await activities.remindUnitsWithoutProposals({ bodyId: input.bodyId, roundId: input.roundId, eventKey: `round-${input.roundId}:reminder` });
  }
  if (await waitUntil(closed, plan.durationMs - waited)) return;
  await r.enter(RoundStatus.REVIEWING_DOSSIERS);
}

/** The approved list is posted once for the whole round; an extension restarts the wait with the new end. */
async function runPosting(r: RoundProcess): Promise<void> {
  const { input } = r;
  const passed = r.passedIds();
  const plan = await activities.planDeadline({
    bodyId: input.bodyId,
    kind: 'POSTING',
    ruleSetId: input.ruleSetId,
    ruleSetOverrides: input.ruleSetOverrides,
    ruleSetParams: r.ruleSet.params,
    referenceDate: input.referenceDate,
    postingPeriodSeconds: input.demoPostingPeriodSeconds,
  });
  r.posting = { startsOn: plan.startsOn, endsOn: plan.dueOn };
  r.postingRemainingMs = plan.durationMs;
  const started: RoundEvent = { type: 'POSTING_STARTED', eventId: r.eventId('posting-started'), startsOn: plan.startsOn, endsOn: plan.dueOn };
  await r.delivery.announce([{ event: started, proposalIds: passed }]);
  await issuePostingNotice(input.bodyId, input.roundId, await r.delivery.storeList('posting', passed), plan.startsOn, plan.dueOn);
  for (;;) {
    const version = r.postingVersion;
    if (!(await waitUntil(() => r.postingVersion !== version, r.postingRemainingMs))) break;
  }
  r.notAwaiting = await r.delivery.endPosting(r.eventId('posting-ended'), passed);
  await r.enter(RoundStatus.AWAITING_DECISION);
}

function validateExtend(r: RoundProcess, { actor, workingDays, reason }: ExtendPostingArgs): void {
  if (!r.is(RoundStatus.POSTING) || !r.posting) refuse(WorkflowErrorCode.WRONG_STATE, 'the list is not posted');
  if (!holdsStepRole(actor.roles, ROUND_STEPS.EXTEND_POSTING)) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the officer extends the posting');
  validateExtensionDays(workingDays);
  if (typeof reason !== 'string' || !reason.trim()) refuse(WorkflowErrorCode.REASON_REQUIRED, 'an extension needs a reason');
}

async function extendPosting(r: RoundProcess, { workingDays }: ExtendPostingArgs): Promise<RoundStatus> {
  const plan = await activities.planDeadline({
    bodyId: r.input.bodyId,
    kind: 'POSTING',
    ruleSetId: r.input.ruleSetId,
    ruleSetOverrides: r.input.ruleSetOverrides,
    referenceDate: r.input.referenceDate,
    from: r.posting!.endsOn,
    workingDays,
  });
  r.posting = { startsOn: r.posting!.startsOn, endsOn: plan.dueOn };
  r.postingRemainingMs = plan.durationMs;
  r.postingVersion += 1;
  return r.status;
}

/** Groups in place: copying a group for every member would cost the square of the round. */
function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/**
 * One decision per title with an annex of every awardee (docs/architecture.md), over the proposals that
 * answered the end of the posting as awaiting the decision; struck ones are refused, and approved
 * ones still resolving an objection leave the round to be decided on their own.
 */
async function issueDecisions(r: RoundProcess): Promise<boolean> {
  const { input } = r;
  const args = r.decisionArgs!;
  const signer = args.actor;
  // Runs recorded before the acknowledgement listed the read model here.
  const awaiting = r.notAwaiting ? r.acknowledgedAwaiting() : await r.listAll(ProposalStatus.AWAITING_DECISION);
  const struck = new Map(args.struck.map((s) => [s.proposalId, s.reason]));
  const refusedReason = (id: string) => struck.get(id) ?? args.reason ?? 'Không khen thưởng';
  const refusals = new Map<string, string[]>();
  const byTitle = new Map<AwardTitle, RoundNominee[]>();
  for (const n of awaiting) {
    if (!args.approve || struck.has(n.proposalId)) addTo(refusals, refusedReason(n.proposalId), n.proposalId);
    else addTo(byTitle, n.title, n);
  }
  const announcements: RoundAnnouncement[] = [...refusals].map(([reason, proposalIds]) => ({
    event: { type: 'DECIDED', eventId: r.eventId('decided'), approved: false, reason, signer, decision: null },
    proposalIds,
  }));
  // Runs recorded before it sign each title with the worker's key as it is issued.
  const remote = patched(ROUND_REMOTE_SIGNING_PATCH);
  const signed: TitleDecision[] = [];
  for (const [title, awardees] of [...byTitle.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const assigned = await activities.assignDecisionNumber({ bodyId: input.bodyId, subjectKey: `round:${input.roundId}:${title}`, signerUserId: signer.userId });
    const awardeeList = await r.delivery.storeList(remote ? awardeeListName(r, title) : `decision:${title}`, awardees.map((a) => a.proposalId));
    if (!remote) {
      announcements.push(await issueTitle(r, { title, awardees, assigned, awardeeList }));
      continue;
    }
    // Every title's signature before any decision is issued: a refusal leaves the whole round to be decided again.
    const signature = await r.signature!.obtain({ bodyId: input.bodyId, roundId: input.roundId, decisionId: assigned.decisionId, ...subjectsOf(awardeeList) });
    if (signature.kind === 'REJECTED') {
      await roundSignatureRefused(r, signature.documentLabel);
      return false;
    }
    signed.push({ title, awardees, assigned, awardeeList, ...(signature.kind === 'SIGNED' ? { signatureRequestId: signature.requestId } : {}) });
  }
  for (const t of signed) announcements.push(await issueTitle(r, t));
  const listed = new Set(awaiting.map((a) => a.proposalId));
  announcements.push({
    event: { type: 'DETACHED', eventId: r.eventId('detached'), reason: 'Chưa giải quyết xong phản ánh khi đợt ra quyết định; xét quyết định riêng' },
    proposalIds: r.passedIds().filter((id) => !listed.has(id)),
  });
  await r.delivery.announce(announcements);
  await r.enter(RoundStatus.CLOSED);
  return true;
}

interface TitleDecision {
  title: AwardTitle;
  awardees: RoundNominee[];
  assigned: AssignedDecision;
  awardeeList: PaperSubjects;
  signatureRequestId?: string;
}

/** One title's decision issued with its annex, then its certificates; returns what the awardees are told. */
async function issueTitle(r: RoundProcess, { title, awardees, assigned, awardeeList, signatureRequestId }: TitleDecision): Promise<RoundAnnouncement> {
  const { input } = r;
  const args = r.decisionArgs!;
  const document = await documents.issueRoundDecisionDocument({
    bodyId: input.bodyId,
    roundId: input.roundId,
    decisionId: assigned.decisionId,
    ...subjectsOf(awardeeList),
    workflowId: workflowInfo().workflowId,
    runId: workflowInfo().runId,
    ...(signatureRequestId ? { signatureRequestId } : {}),
  });
  const decision = { decisionId: assigned.decisionId, numberText: assigned.numberText, decisionDate: assigned.decisionDate, documentSha256: document.sha256 };
  r.decisions.push({ title, numberText: assigned.numberText, decisionDate: assigned.decisionDate, documentSha256: document.sha256, awardees: awardees.length });
  await issueAwardPapers(input.bodyId, assigned.decisionId, awardeeList, document.amountVnd !== null);
  return {
    event: { type: 'DECIDED', eventId: r.eventId('decided'), approved: true, reason: args.reason ?? null, signer: args.actor, decision },
    proposalIds: awardees.map((a) => a.proposalId),
  };
}

/** One round (đợt) of nominations, one council session, one posting and one decision per title. */
export async function roundWorkflow(input: RoundInput): Promise<RoundState> {
  const attention = openAttentionDesk(input.bodyId, { kind: 'ROUND', roundId: input.roundId, proposalId: null }, `Đợt khen thưởng "${input.name}"`);
  const r = new RoundProcess(input, activities, attention);
  setHandler(roundStateQuery, () => r.state());
  setHandler(retryStuckStepUpdate, (a) => attention.retry(a), { validator: (a) => { refuseControlCharacters(a); attention.validateRetry(a); } });
  setHandler(closeNominationsUpdate, () => r.closeNominations(), { validator: (a) => { refuseControlCharacters(a); r.validateCloseNominations(a); } });
  setHandler(openRoundCouncilUpdate, () => r.openCouncil(), { validator: (a) => { refuseControlCharacters(a); r.validateOpenCouncil(a); } });
  setHandler(castRoundBallotUpdate, (a) => r.castBallot(a), { validator: (a) => { refuseControlCharacters(a); r.validateBallot(a); } });
  setHandler(recordWrittenRoundBallotUpdate, (a) => r.recordWrittenBallot(a), { validator: (a) => { refuseControlCharacters(a); r.validateWrittenBallot(a); } });
  setHandler(closeRoundCouncilUpdate, () => r.closeCouncil(), { validator: (a) => { refuseControlCharacters(a); r.validateCloseCouncil(a); } });
  setHandler(extendRoundPostingUpdate, (a) => extendPosting(r, a), { validator: (a) => { refuseControlCharacters(a); validateExtend(r, a); } });
  setHandler(decideRoundUpdate, (a) => r.decide(a), { validator: (a) => { refuseControlCharacters(a); r.validateDecide(a); } });
  r.signature = roundSignatureDesk(r, attention);
  const desk = r.signature;
  setHandler(resendSignatureRequestUpdate, (a) => desk.resend(a), { validator: (a) => { refuseControlCharacters(a); desk.validateResend(a); } });

  await r.enter(RoundStatus.NOMINATING);
  await runNominations(r);
  await condition(() => r.is(RoundStatus.POSTING) || r.is(RoundStatus.CLOSED));
  if (r.tallies.length > 0) await issueCouncilMinutes(input.bodyId, input.roundId, await r.delivery.storeList('minutes', r.tallies.map((t) => t.nomineeId)), input.secretBallot);
  if (r.is(RoundStatus.POSTING)) {
    await runPosting(r);
    // Tờ trình of the whole approved list to the chairman.
    await issueSubmission(input.bodyId, input.roundId, await r.delivery.storeList('submission', r.passedIds()), 'WARD_DECISION');
    await condition(() => r.is(RoundStatus.ISSUING));
    // A refusal on the signer's device returns the round to awaiting its decision.
    while (!(await issueDecisions(r))) await condition(() => r.is(RoundStatus.ISSUING));
  }
  await condition(allHandlersFinished);
  return r.state();
}
