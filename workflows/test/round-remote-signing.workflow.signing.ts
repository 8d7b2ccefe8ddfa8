import type { WorkflowHandle } from '@temporalio/client';
import { AwardTitle } from '@khenthuong/domain';
import { ProposalStatus, RoundStatus, decideRoundUpdate, proposalStateQuery, resendSignatureRequestUpdate, roundStateQuery } from '@khenthuong/temporal';
import { recordHistory } from './support/histories';
import { chairman, HOUR, officer, stateWhen, refusalType, viceChairman } from './support/proposal-fixtures';
import { roundAwaitingDecision, roundWhen } from './support/round-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const anchor = '2026-12-07T09:00:00+07:00';

describe('a round\'s decision signed on the signer\'s device: the round waits durably (time-skipping, fake service)', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
    rig.world.remoteSigning.remoteSigners.add(chairman.userId);
    rig.world.remoteSigning.remoteSigners.add(viceChairman.userId);
    rig.world.remoteSigning.settings = { pollIntervalMs: HOUR, reminderIntervalMs: 2 * HOUR, approvalWindowMs: 3 * HOUR, maxRequests: 2 };
  });
  afterAll(() => rig?.stop());

  /** A round of two collectives decided by `by`: returns once its decision's first request is awaited. */
  async function decidedAndAwaitingSignature(by = chairman) {
    const round = await roundAwaitingDecision(rig);
    await round.handle.executeUpdate(decideRoundUpdate, { args: [{ actor: by, approve: true, struck: [] }] });
    await roundWhen(round.handle, (s) => s.awaitingSignature != null, 'awaiting the signature');
    return round;
  }
  const issuedFor = (decisionId: string) => rig.world.issuedRoundDecisions.filter((d) => d.decisionId === decisionId);
  const allClosed = (proposals: WorkflowHandle[]) => Promise.all(proposals.map((p) => stateWhen(p, (s) => s.status === ProposalStatus.CLOSED, 'closed with the round')));

  it('approved on the device: the round issues the title\'s decision from the approved request, then closes', async () => {
    const { handle, proposals, input } = await decidedAndAwaitingSignature();
    const waiting = await handle.query(roundStateQuery);
    expect(waiting.status).toBe(RoundStatus.ISSUING);
    expect(waiting.awaitingSignature).toMatchObject({ attempt: 1, signerUserId: chairman.userId });
    expect(waiting.allowedActions).toEqual(['RESEND_SIGNATURE_REQUEST']);
    const request = rig.world.remoteSigning.latest();
    expect(request.decisionId).toBe(`decision-round:${input.roundId}:${AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN}`);
    expect(issuedFor(request.decisionId)).toEqual([]);
    // The awardees still await the decision while it is being signed.
    expect((await proposals[0].query(proposalStateQuery)).status).toBe(ProposalStatus.AWAITING_DECISION);

    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    const closed = await roundWhen(handle, (s) => s.status === RoundStatus.CLOSED, 'closed');
    expect(closed.awaitingSignature).toBeNull();
    expect(closed.decisions).toEqual([expect.objectContaining({ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, awardees: 2 })]);
    expect(issuedFor(request.decisionId)).toEqual([expect.objectContaining({ signatureRequestId: request.requestId })]);
    await allClosed(proposals);
    await recordHistory(handle, 'round-remote-signature-approved', rig.env.address);
  }, 180_000);

  it('refused on the device: nothing issued, the round awaits its decision again with the note; the vice-chairman decides and the request goes to him', async () => {
    const { handle, proposals } = await decidedAndAwaitingSignature();
    const first = rig.world.remoteSigning.latest();
    rig.world.remoteSigning.answer('REJECTED');
    await rig.env.sleep(HOUR);
    const back = await roundWhen(handle, (s) => s.status === RoundStatus.AWAITING_DECISION, 'back to the decision');
    expect(back.signatureRefusal).toBe('Người ký từ chối ký số Quyết định số 01/QĐ-UBND; đợt chờ Chủ tịch quyết định lại');
    expect(back.awaitingSignature).toBeNull();
    expect(back.allowedActions).toEqual(['DECIDE']);
    expect(issuedFor(first.decisionId)).toEqual([]);
    expect(rig.world.notifications).toContainEqual(expect.objectContaining({ kind: 'HANDOFF', roles: ['OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN'], messageVi: expect.stringMatching(/^Người ký từ chối ký số/) }));
    for (const p of proposals) expect((await p.query(proposalStateQuery)).status).toBe(ProposalStatus.AWAITING_DECISION);

    await handle.executeUpdate(decideRoundUpdate, { args: [{ actor: viceChairman, approve: true, struck: [] }] });
    const again = await roundWhen(handle, (s) => s.awaitingSignature?.attempt === 2, 'asked again');
    expect(again.signatureRefusal).toBeNull();
    expect(rig.world.remoteSigning.latest()).toMatchObject({ decisionId: first.decisionId, attempt: 2, signerUserId: viceChairman.userId });
    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    await roundWhen(handle, (s) => s.status === RoundStatus.CLOSED, 'closed');
    expect(issuedFor(first.decisionId)).toEqual([expect.objectContaining({ signatureRequestId: `req-${first.decisionId}-2` })]);
    await allClosed(proposals);
  }, 180_000);

  it('unanswered: reminds the signer about the round, and asks again when a request expires', async () => {
    const { handle, input } = await decidedAndAwaitingSignature();
    const reminders = () => rig.world.notifications.filter((n) => n.kind === 'SIGNATURE_PENDING' && n.roundId === input.roundId);
    await rig.env.sleep(3 * HOUR + 1000);
    await roundWhen(handle, (s) => s.awaitingSignature?.attempt === 2, 'the second request after the first expired');
    expect(reminders()).toEqual([
      expect.objectContaining({
        userIds: [chairman.userId], proposalId: null,
        messageVi: 'Quyết định số 01/QĐ-UBND của đợt "Đợt xét khen thưởng tổng kết năm 2026" đang chờ ông/bà phê duyệt ký số trên thiết bị ký số.',
      }),
    ]);
    await handle.terminate('checked');
  }, 180_000);

  it('the signer who decided, and only he, may ask for a new request while it is awaited', async () => {
    const { handle, proposals } = await decidedAndAwaitingSignature();
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: officer }] }))).toBe('NOT_ALLOWED');
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: viceChairman }] }))).toBe('NOT_ALLOWED');
    expect(await handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: chairman }] })).toBe(2);
    expect((await handle.query(roundStateQuery)).awaitingSignature).toMatchObject({ attempt: 2 });
    rig.world.remoteSigning.answer('APPROVED');
    await rig.env.sleep(HOUR);
    await roundWhen(handle, (s) => s.status === RoundStatus.CLOSED, 'closed');
    await allClosed(proposals);
    expect(await refusalType(handle.executeUpdate(resendSignatureRequestUpdate, { args: [{ actor: chairman }] }))).not.toBe('accepted');
  }, 180_000);
});
