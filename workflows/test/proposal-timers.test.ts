import { WorkflowUpdateStage } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { WorkingDayCalendar, addDays, vietnamDateOf } from '@khenthuong/domain';
import {
  ProposalStatus,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  extendPostingUpdate,
  markDossierCompleteUpdate,
  resolveObjectionUpdate,
  resubmitUpdate,
  returnForPapersUpdate,
  proposalStateQuery,
  submitObjectionSignal,
} from '@khenthuong/temporal';
import { workflowBundleForTests } from '../../test/support/shared-workflow-bundle';
import { COUNCIL } from './support/fake-world';
import { recordHistory } from './support/histories';
import { DAY, HOUR, chairman, member, officer, proposalInput, startProposal, stateWhen, unitHead, refusalType } from './support/proposal-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const calendar = WorkingDayCalendar.vietnam();
/** Milliseconds from `from` (an instant) to the end of `day` in Vietnam. */
const untilEndOf = (from: string, day: string) => new Date(`${day}T23:59:59.999+07:00`).getTime() - new Date(from).getTime();
const papers = [{ paper: 'Báo cáo thành tích', reason: 'Thiếu xác nhận của thủ trưởng' }];
const allAgree = async (rig: TimeSkippingRig, handle: Awaited<ReturnType<typeof startProposal>>) => {
  for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
    await handle.executeUpdate(castVoteUpdate, { args: [{ actor: member(m.userId), choice: 'AGREE' }] });
  }
  await handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] });
  void rig;
};

describe('proposal workflow timers (time-skipping test server, fake activities, real calendar)', () => {
  describe('from Monday 7/12/2026', () => {
    const anchor = '2026-12-07T09:00:00+07:00';
    let rig: TimeSkippingRig;
    beforeAll(async () => {
      rig = await startRig(anchor);
    });
    afterAll(() => rig?.stop());

    it('withdraws a returned dossier when its deadline of working days passes (rule set: returnForPapersWorkingDays)', async () => {
      const handle = await startProposal(rig, proposalInput());
      await handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: papers }] });
      const returned = await handle.query(proposalStateQuery);
      // 5 working days after Monday 7/12: Monday 14/12 (a weekend in between).
      expect(returned.returnDeadline).toEqual({ dueOn: '2026-12-14', overdue: false });
      expect(rig.world.notifications.find((n) => n.kind === 'RETURNED_FOR_PAPERS')?.messageVi).toContain('hạn nộp lại: hết ngày 14/12/2026.');

      await rig.env.sleep(untilEndOf(anchor, '2026-12-14') - HOUR);
      expect((await stateWhen(handle, () => true, 'state')).status).toBe(ProposalStatus.RETURNED);
      await rig.env.sleep(2 * HOUR);
      const ended = await stateWhen(handle, (s) => s.status === ProposalStatus.WITHDRAWN, 'withdrawal by deadline');
      expect(ended.history.at(-1)).toMatchObject({ action: 'RETURN_DEADLINE_PASSED', reason: 'Quá hạn bổ sung hồ sơ' });
      expect(ended.returnDeadline?.overdue).toBe(true);
      await recordHistory(handle, 'proposal-return-deadline-withdrawn', rig.env.address);
    });

    it('counts returns: a resubmitted dossier cannot be returned again once the supplement is used (maxReturnsForSupplement = 1)', async () => {
      const handle = await startProposal(rig, proposalInput());
      await handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: papers }] });
      expect(await refusalType(handle.executeUpdate(resubmitUpdate, { args: [{ actor: { ...unitHead, unitId: 'other-unit' } }] }))).toBe('NOT_ALLOWED');
      expect(await handle.executeUpdate(resubmitUpdate, { args: [{ actor: unitHead, note: 'Đã bổ sung' }] })).toBe(ProposalStatus.SUBMITTED);
      expect(await refusalType(handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: papers }] }))).toBe('RETURN_LIMIT_REACHED');
      expect(await refusalType(handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: [] }] }))).toBe('INVALID_ARGUMENT');
      const state = await stateWhen(handle, (s) => s.status === ProposalStatus.SUBMITTED, 'resubmitted');
      expect(state.returns).toHaveLength(1);
      expect(state.returnsLeft).toBe(0);
      expect(state.allowedActions).toEqual(['MARK_COMPLETE', 'WITHDRAW']);
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    });

    it("applies the body's administrator values of configurable parameters (returnForPapersWorkingDays = 2, maxReturnsForSupplement = 2)", async () => {
      const handle = await startProposal(rig, proposalInput({ ruleSetOverrides: { returnForPapersWorkingDays: 2, maxReturnsForSupplement: 2 } }));
      const today = vietnamDateOf(await rig.world.now());
      await handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: papers }] });
      const state = await handle.query(proposalStateQuery);
      expect(state.returnDeadline?.dueOn).toBe(calendar.addWorkingDays(today, 2));
      expect(state.returnsLeft).toBe(1);
      await handle.terminate('checked');
    });

    it('refuses a bad vote in its validator: nothing reaches history or the read model', async () => {
      const handle = await startProposal(rig, proposalInput());
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      const before = rig.world.votes.length;
      expect(await refusalType(handle.executeUpdate(castVoteUpdate, { args: [{ actor: member('m1'), choice: 'MAYBE' as never }] }))).toBe('INVALID_VOTE');
      expect(await refusalType(handle.executeUpdate(castVoteUpdate, { args: [{ actor: member('outsider'), choice: 'AGREE' }] }))).toBe('NOT_COUNCIL_MEMBER');
      expect(await refusalType(handle.executeUpdate(castVoteUpdate, { args: [{ actor: member('m5'), choice: 'AGREE' }] }))).toBe('RECUSED_MEMBER');
      expect(await refusalType(handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] }))).toBe('QUORUM_NOT_MET');
      expect(rig.world.votes.length).toBe(before);
      const state = await handle.query(proposalStateQuery);
      expect(state.council?.voterIds).toEqual([]);
    });

    it('posts the list for its working days; an objection holds the decision until resolved; an extension moves the end', async () => {
      const handle = await startProposal(rig, proposalInput());
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      await allAgree(rig, handle);
      const posted = await stateWhen(handle, (s) => s.status === ProposalStatus.PUBLICLY_POSTED, 'posting');
      const startedAt = new Date(await rig.world.now()).toISOString();
      // postingPeriodWorkingDays = 5 (U), counted with the first day: Monday to Friday.
      expect(posted.posting).toEqual({ startsOn: posted.posting!.startsOn, endsOn: calendar.addWorkingDays(posted.posting!.startsOn, 4) });

      await handle.executeUpdate(extendPostingUpdate, { args: [{ actor: officer, workingDays: 2, reason: 'Bổ sung thời gian lấy ý kiến' }] });
      const extended = await handle.query(proposalStateQuery);
      expect(extended.posting!.endsOn).toBe(calendar.addWorkingDays(posted.posting!.endsOn, 2));

      await handle.signal(submitObjectionSignal, { objectionId: 'obj-1', text: 'Đơn vị còn nợ đọng báo cáo quý III', receivedAt: startedAt });
      await handle.signal(submitObjectionSignal, { objectionId: 'obj-1', text: 'Đơn vị còn nợ đọng báo cáo quý III', receivedAt: startedAt });
      const withObjection = await stateWhen(handle, (s) => s.objections.length === 1, 'objection recorded once');
      expect(withObjection.allowedActions).toContain('RESOLVE_OBJECTION');

      // The extended period ends; the objection still holds the proposal in posting.
      await rig.env.sleep(untilEndOf(startedAt, extended.posting!.endsOn) + HOUR);
      expect((await stateWhen(handle, () => true, 'state')).status).toBe(ProposalStatus.PUBLICLY_POSTED);
      expect(await refusalType(handle.executeUpdate(resolveObjectionUpdate, { args: [{ actor: officer, objectionId: 'nope', outcome: 'DISMISSED', reason: 'x' }] }))).toBe(
        'UNKNOWN_OBJECTION',
      );
      await handle.executeUpdate(resolveObjectionUpdate, { args: [{ actor: officer, objectionId: 'obj-1', outcome: 'DISMISSED', reason: 'Đã nộp đủ báo cáo' }] });
      const awaiting = await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'decision after resolution');
      expect(awaiting.objections[0]).toMatchObject({ outcome: 'DISMISSED', resolution: 'Đã nộp đủ báo cáo' });
      await handle.executeUpdate(decideUpdate, { args: [{ actor: chairman, approve: false, reason: 'Chưa đủ tiêu chuẩn' }] });
      expect((await handle.result()).status).toBe(ProposalStatus.REJECTED);
      await recordHistory(handle, 'proposal-posting-objection-rejected', rig.env.address);
    });

    it('sends a reminder before the decision time limit and flags the proposal overdue after it', async () => {
      const handle = await startProposal(rig, proposalInput({ procedure: 'SIMPLIFIED' }));
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      const complete = await stateWhen(handle, (s) => s.decisionDeadline !== null, 'decision clock');
      const completedAt = new Date(await rig.world.now()).toISOString();
      // decisionTimeLimitWorkingDays = 10 (U) from the complete dossier.
      expect(complete.decisionDeadline!.dueOn).toBe(calendar.addWorkingDays(vietnamDateOf(new Date(completedAt)), 10));
      await allAgree(rig, handle);
      // The simplified procedure skips the posting (Điều 85).
      await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'no posting for the simplified procedure');

      await rig.env.sleep(untilEndOf(completedAt, complete.decisionDeadline!.dueOn) - 2 * DAY);
      await stateWhen(handle, () => rig.world.notifications.some((n) => n.kind === 'DECISION_DUE_SOON' && n.proposalId === complete.proposalId), 'reminder');
      await rig.env.sleep(3 * DAY);
      const overdue = await stateWhen(handle, (s) => s.decisionDeadline?.overdue === true, 'overdue flag');
      expect(overdue.history.at(-1)).toMatchObject({ action: 'DECISION_OVERDUE', toStatus: ProposalStatus.AWAITING_DECISION });
      // People read dates as dd/mm/yyyy, in the history and in the notices alike.
      const due = complete.decisionDeadline!.dueOn;
      const dueVi = `${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`;
      expect(overdue.history.at(-1)!.reason).toBe(`Quá thời hạn giải quyết (hết ngày ${dueVi})`);
      const notices = rig.world.notifications.filter((n) => n.proposalId === complete.proposalId && n.kind.startsWith('DECISION_'));
      expect(notices.map((n) => n.messageVi)).toEqual([expect.stringContaining(`(hết ngày ${dueVi}).`), expect.stringContaining(`(hết ngày ${dueVi}).`)]);
      expect(rig.world.deadlines.at(-1)).toMatchObject({ proposalId: overdue.proposalId, kind: 'DECISION', overdue: true });

      // Late, the chairman still decides; the proposal closes with its number.
      await handle.executeUpdate(decideUpdate, { args: [{ actor: chairman, approve: true }] });
      const result = await handle.result();
      expect(result.status).toBe(ProposalStatus.CLOSED);
      expect(result.decision?.numberText).toMatch(/^\d\d\/QĐ-UBND$/);
      // Its own session's minutes, the submission to the chairman, the certificate and (money) the payment list; no posting notice (simplified).
      const id = result.proposalId;
      expect(rig.world.papers.filter((p) => p.includes(id))).toEqual([
        `MINUTES:${id}`,
        `SUBMISSION_WARD_DECISION:${id}`,
        `CERTIFICATE:${result.decision!.decisionId}:${id}`,
        `PAYMENT_LIST:${result.decision!.decisionId}`,
      ]);
      await recordHistory(handle, 'proposal-adhoc-overdue-closed', rig.env.address);
    });

    it('a decision taken while the proposal idles before its time limit runs to the end and replays (the decision clock stops without a command)', async () => {
      const handle = await startProposal(rig, proposalInput({ procedure: 'SIMPLIFIED' }));
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      await allAgree(rig, handle);
      const idle = await stateWhen(handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');
      // The submission to the chairman is the last step before the wait: once it is in, the next
      // workflow task carries no command, and the decision arrives in the task after it.
      await stateWhen(handle, () => rig.world.papers.includes(`SUBMISSION_WARD_DECISION:${idle.proposalId}`), 'submission issued');
      await stateWhen(handle, () => true, 'a task without commands');

      await handle.startUpdate(decideUpdate, { args: [{ actor: chairman, approve: true }], waitForStage: WorkflowUpdateStage.ACCEPTED });
      const closed = await stateWhen(handle, (s) => s.status === ProposalStatus.CLOSED, 'closed after the decision');
      expect(closed.decision?.numberText).toMatch(/^\d\d\/QĐ-UBND$/);
      const history = await handle.fetchHistory();
      const events = history.events ?? [];
      expect(events.some((e) => e.timerCanceledEventAttributes)).toBe(false);
      await Worker.runReplayHistory({ workflowBundle: await workflowBundleForTests() }, history, handle.workflowId);
    });
  });

  describe('across Tết Đinh Mùi (from Wednesday 3/2/2027)', () => {
    const anchor = '2027-02-03T09:00:00+07:00';
    let rig: TimeSkippingRig;
    beforeAll(async () => {
      rig = await startRig(anchor);
    });
    afterAll(() => rig?.stop());

    it('does not count the Tết holiday in the return deadline (Bộ luật Lao động 2019 Điều 112)', async () => {
      const handle = await startProposal(rig, proposalInput({ referenceDate: '2027-02-03' }));
      await handle.executeUpdate(returnForPapersUpdate, { args: [{ actor: officer, items: papers }] });
      const state = await stateWhen(handle, (s) => s.returnDeadline !== null, 'return');
      const due = calendar.addWorkingDays('2027-02-03', 5);
      expect(state.returnDeadline!.dueOn).toBe(due);
      // Counting weekdays alone would end on Wednesday 10/2; the Tết days push the deadline later.
      expect(due > '2027-02-10').toBe(true);

      await rig.env.sleep(untilEndOf(anchor, addDays('2027-02-10', 1)));
      expect((await stateWhen(handle, () => true, 'state')).status).toBe(ProposalStatus.RETURNED);
      await rig.env.sleep(untilEndOf(anchor, due) - untilEndOf(anchor, addDays('2027-02-10', 1)) + HOUR);
      await stateWhen(handle, (s) => s.status === ProposalStatus.WITHDRAWN, 'withdrawal after Tết');
    });
  });
});
