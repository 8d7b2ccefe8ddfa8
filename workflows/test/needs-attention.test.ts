import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { ruleSetById, vietnamDateOf, WorkingDayCalendar } from '@khenthuong/domain';
import {
  ACTIVITY_FAILURE_REASON_VI,
  ActivityFailureType,
  PROPOSAL_TASK_QUEUE,
  ProposalStatus,
  RoundStatus,
  planDocumentWorkflowId,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  retryStuckStepUpdate,
  returnForPapersUpdate,
  revocationWorkflowId,
  roundStateQuery,
  roundWorkflowId,
  ruleSetSnapshotOf,
  type RecordNeedsAttentionInput,
  type RoundState,
} from '@khenthuong/temporal';
import { issuePlanDocumentWorkflow, revocationWorkflow, roundWorkflow } from '../src';
import { COUNCIL } from './support/fake-world';
import { recordHistory } from './support/histories';
import { chairman, member, officer, proposalInput, startProposal, stateWhen, unitHead, refusalType } from './support/proposal-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const anchor = '2026-12-07T09:00:00+07:00';
const admin = { userId: 'admin', displayName: 'Quản trị', roles: ['ADMIN' as const], unitId: null };
/** What the worker's classifier throws for a certificate model the sheet cannot hold. */
const modelRefused = () =>
  ApplicationFailure.create({ type: ActivityFailureType.DOCUMENT_MODEL_INVALID, message: 'invalid certificate model: recipientLine is longer than 160 characters', nonRetryable: true });

describe('a step that fails for good waits for a person ("cần xử lý") instead of failing or looping', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
  });
  afterAll(() => rig?.stop());

  it('proposal: a refused certificate shows needs attention, notifies officer and administrator, and retryStuckStep after the repair closes it', async () => {
    const { world } = rig;
    const handle = await startProposal(rig, proposalInput({ procedure: 'SIMPLIFIED' }));
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      await handle.executeUpdate(castVoteUpdate, { args: [{ actor: member(m.userId), choice: 'AGREE' }] });
    }
    await handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] });
    await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');

    world.faults.set('issueCertificates', modelRefused());
    await handle.executeUpdate(decideUpdate, { args: [{ actor: chairman, approve: true }] });
    const stuck = await stateWhen(handle, (s) => s.needsAttention !== null, 'needs attention');
    expect(stuck.status).toBe(ProposalStatus.DECIDED);
    expect(stuck.needsAttention).toMatchObject({
      step: 'issueCertificates',
      failureType: ActivityFailureType.DOCUMENT_MODEL_INVALID,
      reasonVi: ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID,
    });
    expect(stuck.allowedActions).toEqual(['RETRY_STUCK_STEP']);
    // Non-retryable: one attempt, no loop.
    expect(world.calls.get('issueCertificates')).toBe(1);
    await stateWhen(handle, () => world.attention.length > 0, 'recorded');
    const recorded = world.attention.filter((a): a is RecordNeedsAttentionInput => 'reasonVi' in a && a.subject.proposalId === stuck.proposalId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.subjectNameVi).toBe('Đề nghị khen thưởng "Trạm Y tế"');
    const notice = world.notifications.find((n) => n.kind === 'NEEDS_ATTENTION' && n.proposalId === stuck.proposalId);
    expect(notice).toMatchObject({ roles: ['OFFICER', 'ADMIN'] });
    expect(notice!.messageVi).toContain(ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID);

    // Only the officer or the administrator may retry.
    expect(await refusalType(handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: unitHead }] }))).toBe('NOT_ALLOWED');
    // Retried before the repair: it fails again and waits again (a second record, a second notice).
    expect(await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: admin, note: 'Thử lại' }] })).toBe('issueCertificates');
    await stateWhen(handle, () => world.attention.filter((a) => 'reasonVi' in a && a.subject.proposalId === stuck.proposalId).length === 2, 'failed again');
    expect((await handle.query(proposalStateQuery)).needsAttention).not.toBeNull();

    world.faults.delete('issueCertificates');
    await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: officer, note: 'Đã rút gọn tên theo hồ sơ gốc' }] });
    const result = await handle.result();
    expect(result.status).toBe(ProposalStatus.CLOSED);
    expect(result.needsAttention).toBeNull();
    expect(world.calls.get('issueCertificates')).toBe(3);
    expect(world.papers).toContain(`CERTIFICATE:${result.decision!.decisionId}:${result.proposalId}`);
    await recordHistory(handle, 'proposal-needs-attention-retried', rig.env.address);
  }, 300_000);

  it('round: a read-model step that fails for good holds the round visibly until retried', async () => {
    const { world } = rig;
    const ruleSetId = 'TDKT-2026/ND152-2025';
    const roundId = randomUUID();
    world.faults.set('recordRoundStatus', ApplicationFailure.create({ type: ActivityFailureType.MISSING_DATA, message: `round ${roundId} not found`, nonRetryable: true }));
    const handle = await rig.env.client.workflow.start(roundWorkflow, {
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowId: roundWorkflowId(roundId),
      args: [
        {
          roundId,
          bodyId: 'body-1',
          name: 'Đợt xét khen thưởng tổng kết năm 2026',
          kind: 'YEAR_END',
          year: 2026,
          ruleSetId,
          referenceDate: '2026-12-07',
          nominationDeadline: '2026-12-11',
          reminderWorkingDaysBefore: 2,
          secretBallot: false,
          ruleSetSnapshot: ruleSetSnapshotOf(ruleSetById(ruleSetId)),
        },
      ],
    });
    let state: RoundState | undefined;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && !state?.needsAttention; ) state = await handle.query(roundStateQuery);
    expect(state?.needsAttention).toMatchObject({ step: 'recordRoundStatus', failureType: ActivityFailureType.MISSING_DATA });
    expect(state?.allowedActions).toEqual(['CLOSE_NOMINATIONS', 'RETRY_STUCK_STEP']);
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && !world.notifications.some((n) => n.roundId === roundId); ) await new Promise((r) => setTimeout(r, 50));
    expect(world.notifications.some((n) => n.kind === 'NEEDS_ATTENTION' && n.roundId === roundId)).toBe(true);

    world.faults.delete('recordRoundStatus');
    await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: officer }] });
    const moving = await handle.query(roundStateQuery);
    expect(moving.needsAttention).toBeNull();
    expect(moving.status).toBe(RoundStatus.NOMINATING);
    expect(world.attention.some((a) => 'actorUserId' in a && a.subject.roundId === roundId && a.actorUserId === 'officer')).toBe(true);
    await handle.terminate('checked');
  }, 300_000);

  it('revocation: issued at the first attempt when nothing fails', async () => {
    const revocationId = randomUUID();
    const handle = await rig.env.client.workflow.start(revocationWorkflow, {
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowId: revocationWorkflowId(revocationId),
      args: [{ bodyId: 'body-1', revocationId, decisionNumberText: '12/QĐ-UBND' }],
    });
    expect(await handle.result()).toMatchObject({ documentId: `CORRECTIVE_DECISION-${revocationId}` });
    await recordHistory(handle, 'revocation-issued', rig.env.address);
  });

  it('revocation: a corrective decision refused for good waits for a person instead of failing, and is issued after the retry', async () => {
    const { world } = rig;
    const revocationId = randomUUID();
    const callsBefore = world.calls.get('issueCorrectiveDecision') ?? 0;
    world.faults.set('issueCorrectiveDecision', ApplicationFailure.create({ type: ActivityFailureType.DOCUMENT_MODEL_INVALID, message: 'invalid decision model: signer name is empty', nonRetryable: true }));
    const handle = await rig.env.client.workflow.start(revocationWorkflow, {
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowId: revocationWorkflowId(revocationId),
      args: [{ bodyId: 'body-1', revocationId, decisionNumberText: '12/QĐ-UBND' }],
    });
    const isThis = (a: (typeof world.attention)[number]) => a.subject.kind === 'REVOCATION' && a.subject.revocationId === revocationId;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && !world.attention.some(isThis); ) await new Promise((r) => setTimeout(r, 50));
    const recorded = world.attention.filter((a): a is RecordNeedsAttentionInput => 'reasonVi' in a && isThis(a));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ step: 'issueCorrectiveDecision', failureType: ActivityFailureType.DOCUMENT_MODEL_INVALID, subjectNameVi: 'Thu hồi Quyết định số 12/QĐ-UBND' });
    expect(world.notifications.some((n) => n.kind === 'NEEDS_ATTENTION' && n.messageVi.startsWith('Cần xử lý: Thu hồi Quyết định số 12/QĐ-UBND.'))).toBe(true);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    // Non-retryable: one attempt, no loop.
    expect(world.calls.get('issueCorrectiveDecision')).toBe(callsBefore + 1);

    expect(await refusalType(handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: unitHead }] }))).toBe('NOT_ALLOWED');
    world.faults.delete('issueCorrectiveDecision');
    expect(await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: officer, note: 'Đã sửa tên người ký' }] })).toBe('issueCorrectiveDecision');
    expect(await handle.result()).toMatchObject({ documentId: `CORRECTIVE_DECISION-${revocationId}` });
    expect(world.attention.some((a) => 'actorUserId' in a && isThis(a) && a.actorUserId === 'officer')).toBe(true);
    await recordHistory(handle, 'revocation-needs-attention-retried', rig.env.address);
  }, 300_000);

  it('plan paper: a step that fails for good tells the officer and the administrator and ends, and issuing again completes it', async () => {
    const { world } = rig;
    const planId = randomUUID();
    const start = () =>
      rig.env.client.workflow.start(issuePlanDocumentWorkflow, {
        taskQueue: PROPOSAL_TASK_QUEUE,
        workflowId: planDocumentWorkflowId(planId),
        args: [{ bodyId: 'body-1', planId, requestedBy: 'officer' }],
      });
    world.faults.set('issuePlanDocument', ApplicationFailure.create({ type: ActivityFailureType.DOCUMENT_MODEL_INVALID, message: 'invalid plan model', nonRetryable: true }));
    const callsBefore = world.calls.get('issuePlanDocument') ?? 0;
    const failed = await start();
    await expect(failed.result()).rejects.toThrow();
    expect(world.calls.get('issuePlanDocument')).toBe(callsBefore + 1);
    const notice = world.notifications.find((n) => n.eventKey.startsWith(`${planDocumentWorkflowId(planId)}:`));
    expect(notice).toMatchObject({ kind: 'NEEDS_ATTENTION', roles: ['OFFICER', 'ADMIN'], proposalId: null, roundId: null });
    expect(notice!.messageVi).toBe(
      `Cần xử lý: chưa ban hành được văn bản kế hoạch. ${ACTIVITY_FAILURE_REASON_VI.DOCUMENT_MODEL_INVALID} Sau khi sửa, bấm ban hành lại trên trang kế hoạch.`,
    );
    world.faults.delete('issuePlanDocument');
    expect(await (await start()).result()).toMatchObject({ planId, numberText: '01/KH-UBND', sha256: 'c'.repeat(64) });
  });
});

describe('rule-set values are fixed in the input when the workflow starts', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
  });
  afterAll(() => rig?.stop());

  it("a run branches on its snapshot's values, not on the code's rule set looked up by id", async () => {
    const ruleSetId = 'TDKT-2026/ND152-2025';
    const code = ruleSetById(ruleSetId);
    // A snapshot whose values differ from today's code, as after a release changed the rule set.
    const snapshot = ruleSetSnapshotOf({ id: ruleSetId, params: { ...code.params, maxReturnsForSupplement: 3, returnForPapersWorkingDays: 8 } });
    expect(code.params.maxReturnsForSupplement).not.toBe(3);
    expect(code.params.returnForPapersWorkingDays).not.toBe(8);

    const handle = await startProposal(rig, proposalInput({ ruleSetId, ruleSetSnapshot: snapshot }));
    const today = vietnamDateOf(await rig.world.now());
    expect((await stateWhen(handle, () => true, 'state')).returnsLeft).toBe(3);
    await handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: [{ paper: 'Báo cáo thành tích', reason: 'Thiếu chữ ký' }] }] });
    const returned = await handle.query(proposalStateQuery);
    expect(returned.returnsLeft).toBe(2);
    // The deadline planner counts the snapshot's working days too.
    expect(returned.returnDeadline?.dueOn).toBe(WorkingDayCalendar.vietnam().addWorkingDays(today, 8));
    await handle.terminate('checked');
  });
});
