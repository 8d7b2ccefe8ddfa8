import type { WorkflowHandle } from '@temporalio/client';
import {
  ACTIVITY_FAILURE_REASON_VI,
  ActivityFailureType,
  ProposalStatus,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  resendSignatureRequestUpdate,
  retryStuckStepUpdate,
} from '@khenthuong/temporal';
import { COUNCIL } from './support/fake-world';
import { recordHistory } from './support/histories';
import { chairman, HOUR, member, officer, proposalInput, startProposal, stateWhen, refusalType, viceChairman } from './support/proposal-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const anchor = '2026-12-07T09:00:00+07:00';

describe('the chairman signs the decision on his device: the workflow waits durably (time-skipping, fake service)', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
    rig.world.remoteSigning.remoteSigners.add(chairman.userId);
    rig.world.remoteSigning.settings = { pollIntervalMs: HOUR, reminderIntervalMs: 2 * HOUR, approvalWindowMs: 3 * HOUR, maxRequests: 2 };
  });
  afterAll(() => rig?.stop());

  /** A simplified ad-hoc proposal the council passed, decided by the chairman: returns once the first request is awaited. */
  async function decidedAndAwaitingSignature(): Promise<WorkflowHandle> {
    const handle = await startProposal(rig, proposalInput({ procedure: 'SIMPLIFIED' }));
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      await handle.executeUpdate(castVoteUpdate, { args: [{ actor: member(m.userId), choice: 'AGREE' }] });
    }
    await handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] });
    await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');
    await handle.executeUpdate(decideUpdate, { args: [{ actor: chairman, approve: true }] });
    await stateWhen(handle, (s) => s.awaitingSignature != null, 'awaiting the signature');
    return handle;
  }
  const issuedFor = (decisionId: string) => rig.world.issuedDecisions.filter((d) => d.decisionId === decisionId);

  it('approved on the device: issues the decision from the approved request, then closes', async () => {
    const handle = await decidedAndAwaitingSignature();
    const waiting = await handle.query(proposalStateQuery);
    expect(waiting.status).toBe(ProposalStatus.DECIDED);
    expect(waiting.awaitingSignature).toMatchObject({ attempt: 1, signerUserId: chairman.userId, documentLabel: 'Quyết định số 01/QĐ-UBND' });
    expect(waiting.allowedActions).toEqual(['RESEND_SIGNATURE_REQUEST']);
    const request = rig.world.remoteSigning.latest();
    expect(issuedFor(request.decisionId)).toEqual([]);

    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    const closed = await stateWhen(handle, (s) => s.status === ProposalStatus.CLOSED, 'closed');
    expect(closed.awaitingSignature).toBeNull();
    expect(issuedFor(request.decisionId)).toEqual([expect.objectContaining({ signatureRequestId: request.requestId })]);
    await recordHistory(handle, 'proposal-remote-signature-approved', rig.env.address);
  }, 120_000);

  it('refused on the device: back to awaiting the decision with a timeline note, nothing issued; a new decision asks again', async () => {
    const handle = await decidedAndAwaitingSignature();
    const first = rig.world.remoteSigning.latest();
    rig.world.remoteSigning.answer('REJECTED');
    await rig.env.sleep(HOUR);
    const back = await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'back to the decision');
    expect(back.history.at(-1)).toMatchObject({
      action: 'SIGNATURE_REJECTED', fromStatus: ProposalStatus.DECIDED, toStatus: ProposalStatus.AWAITING_DECISION,
      reason: 'Người ký từ chối ký số Quyết định số 01/QĐ-UBND; hồ sơ chờ Chủ tịch quyết định lại',
    });
    expect(back.awaitingSignature).toBeNull();
    expect(back.allowedActions).toContain('DECIDE');
    expect(issuedFor(first.decisionId)).toEqual([]);

    await handle.executeUpdate(decideUpdate, { args: [{ actor: chairman, approve: true }] });
    await stateWhen(handle, (s) => s.awaitingSignature?.attempt === 2, 'asked again');
    expect(rig.world.remoteSigning.latest()).toMatchObject({ decisionId: first.decisionId, attempt: 2 });
    await handle.terminate('checked');
  }, 120_000);

  it('unanswered: reminds the signer, asks again when a request expires, and after two waits for a person, who retries', async () => {
    const handle = await decidedAndAwaitingSignature();
    const { decisionId } = rig.world.remoteSigning.latest();
    const { proposalId } = await handle.query(proposalStateQuery);
    const reminders = () => rig.world.notifications.filter((n) => n.kind === 'SIGNATURE_PENDING' && n.proposalId === proposalId);

    await rig.env.sleep(3 * HOUR + 1000);
    await stateWhen(handle, (s) => s.awaitingSignature?.attempt === 2, 'the second request after the first expired');
    expect(reminders()).toEqual([
      expect.objectContaining({ userIds: [chairman.userId], messageVi: 'Quyết định số 01/QĐ-UBND khen thưởng "Trạm Y tế" đang chờ ông/bà phê duyệt ký số trên thiết bị ký số.' }),
    ]);

    await rig.env.sleep(3 * HOUR + 1000);
    const stuck = await stateWhen(handle, (s) => s.needsAttention !== null, 'needs attention');
    expect(stuck.status).toBe(ProposalStatus.DECIDED);
    expect(stuck.awaitingSignature).toBeNull();
    expect(stuck.needsAttention).toMatchObject({ failureType: ActivityFailureType.SIGNATURE_NOT_OBTAINED, reasonVi: ACTIVITY_FAILURE_REASON_VI.SIGNATURE_NOT_OBTAINED });
    expect(stuck.allowedActions).toEqual(['RETRY_STUCK_STEP']);
    expect(reminders().length).toBeGreaterThanOrEqual(2);

    await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: officer, note: 'Đã gọi điện cho Chủ tịch' }] });
    await stateWhen(handle, (s) => s.awaitingSignature?.attempt === 3, 'asked again after the retry');
    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    await stateWhen(handle, (s) => s.status === ProposalStatus.CLOSED, 'closed');
    expect(issuedFor(decisionId)).toEqual([expect.objectContaining({ signatureRequestId: `req-${decisionId}-3` })]);
    await recordHistory(handle, 'proposal-remote-signature-expired-retried', rig.env.address);
  }, 180_000);

  it('the signer who decided, and only he, may ask for a new request while it is awaited', async () => {
    const handle = await decidedAndAwaitingSignature();
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: officer }] }))).toBe('NOT_ALLOWED');
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: viceChairman }] }))).toBe('NOT_ALLOWED');
    expect(await handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: chairman }] })).toBe(2);
    expect((await handle.query(proposalStateQuery)).awaitingSignature).toMatchObject({ attempt: 2 });
    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    await stateWhen(handle, (s) => s.status === ProposalStatus.CLOSED, 'closed');
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: chairman }] }))).not.toBe('accepted');
  }, 120_000);

  it('a signer without a remote credential signs at once with the worker\'s key, as before', async () => {
    const handle = await startProposal(rig, proposalInput({ procedure: 'SIMPLIFIED' }));
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      await handle.executeUpdate(castVoteUpdate, { args: [{ actor: member(m.userId), choice: 'AGREE' }] });
    }
    await handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] });
    await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');
    await handle.executeUpdate(decideUpdate, { args: [{ actor: viceChairman, approve: true }] });
    const closed = await stateWhen(handle, (s) => s.status === ProposalStatus.CLOSED, 'closed');
    expect(issuedFor(closed.decision!.decisionId)).toEqual([expect.not.objectContaining({ signatureRequestId: expect.anything() })]);
  }, 120_000);
});
