import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { AwardTitle } from '@khenthuong/domain';
import {
  PROPOSAL_TASK_QUEUE,
  ProposalStatus,
  RoundStatus,
  castRoundBallotUpdate,
  closeRoundCouncilUpdate,
  decideRoundUpdate,
  markDossierCompleteUpdate,
  openRoundCouncilUpdate,
  roundStateQuery,
  roundWorkflowId,
  type RoundInput,
} from '@khenthuong/temporal';
import { roundWorkflow } from '../src';
import { COUNCIL } from './support/fake-world';
import { recordHistory } from './support/histories';
import { DAY, chairman, member, officer, proposalInput, startProposal, stateWhen } from './support/proposal-fixtures';
import { roundInput as baseRoundInput, roundWhen } from './support/round-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const anchor = '2026-12-07T09:00:00+07:00';

/** The decoded inputs of a workflow's scheduled activities of the given types. */
async function activityInputs(handle: WorkflowHandle, types: string[]): Promise<{ activity: string; input: Record<string, unknown> }[]> {
  const { events } = await handle.fetchHistory();
  return (events ?? []).flatMap((e) => {
    const scheduled = e.activityTaskScheduledEventAttributes;
    const activity = scheduled?.activityType?.name ?? '';
    if (!types.includes(activity)) return [];
    const payload = scheduled!.input!.payloads![0]!;
    return [{ activity, input: JSON.parse(Buffer.from(payload.data!).toString('utf8')) as Record<string, unknown> }];
  });
}

describe('round workflow (time-skipping test server, fake activities)', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
  });
  afterAll(() => rig?.stop());

  const roundInput = (overrides: Partial<RoundInput> = {}): RoundInput => baseRoundInput({ nominationDeadline: '2026-12-11', ...overrides });

  it('reminds units before the nomination deadline and closes nominations when it passes', async () => {
    const input = roundInput();
    const handle = await rig.env.client.workflow.start(roundWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: roundWorkflowId(input.roundId), args: [input] });
    await roundWhen(handle, (s) => s.status === RoundStatus.NOMINATING, 'nominating');
    // Reminder two working days before Friday 11/12: Wednesday 9/12, 08:00.
    await rig.env.sleep(2 * DAY);
    await roundWhen(handle, () => rig.world.notifications.some((n) => n.kind === 'ROUND_REMINDER' && n.roundId === input.roundId), 'reminder');
    expect((await handle.query(roundStateQuery)).status).toBe(RoundStatus.NOMINATING);
    await rig.env.sleep(3 * DAY);
    await roundWhen(handle, (s) => s.status === RoundStatus.REVIEWING_DOSSIERS, 'nominations closed by the deadline');
    await handle.terminate('test done');
  });

  it('runs one session over all complete proposals, posts the list, and issues one decision per title with the struck nominee refused', async () => {
    const input = roundInput({ nominationDeadline: '2026-12-08' });
    const handle = await rig.env.client.workflow.start(roundWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: roundWorkflowId(input.roundId), args: [input] });
    const titles = [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, AwardTitle.LAO_DONG_TIEN_TIEN, AwardTitle.LAO_DONG_TIEN_TIEN];
    const proposals = [];
    for (const [i, title] of titles.entries()) {
      const p = proposalInput({ title, roundId: input.roundId, proposalId: `0000000${i}-0000-4000-8000-${randomUUID().slice(-12)}` });
      rig.world.roundMembers.set(p.proposalId, { roundId: input.roundId, title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
      const h = await startProposal(rig, p);
      await h.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      proposals.push({ input: p, handle: h });
    }
    // A proposal of the round waits for the round's session, not a session of its own.
    expect((await stateWhen(proposals[0].handle, (s) => s.status === ProposalStatus.AWAITING_COUNCIL, 'awaiting council')).allowedActions).toEqual(['WITHDRAW']);

    await rig.env.sleep(2 * DAY);
    await roundWhen(handle, (s) => s.status === RoundStatus.REVIEWING_DOSSIERS, 'nominations closed');
    expect(await handle.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] })).toBe(4);
    for (const p of proposals) await stateWhen(p.handle, (s) => s.status === ProposalStatus.IN_COUNCIL_REVIEW, 'in the round session');

    const [first, second, third, fourth] = proposals.map((p) => p.input.proposalId);
    // "Agree with all except …": one ballot per member over the whole list; m5 is recused on every nominee.
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      const exceptions = m.userId === 'm1' || m.userId === 'm2' || m.userId === 'm3' ? [{ proposalId: fourth, choice: 'DISAGREE' as const }] : [];
      await handle.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(m.userId), defaultChoice: 'AGREE', exceptions }] });
    }
    const refused = await handle
      .executeUpdate(castRoundBallotUpdate, { args: [{ actor: member('m5'), defaultChoice: 'AGREE', exceptions: [{ proposalId: first, choice: 'AGREE' }] }] })
      .catch((e: WorkflowUpdateFailedError) => (e.cause as { type?: string }).type);
    expect(refused).toBe('RECUSED_MEMBER');

    expect(await handle.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] })).toEqual({ passed: 3, failed: 1 });
    await stateWhen(proposals[3].handle, (s) => s.status === ProposalStatus.REJECTED_BY_COUNCIL, 'the fourth rejected');
    for (const p of proposals.slice(0, 3)) await stateWhen(p.handle, (s) => s.status === ProposalStatus.PUBLICLY_POSTED, 'posted with the round');

    await rig.env.sleep(8 * DAY);
    await roundWhen(handle, (s) => s.status === RoundStatus.AWAITING_DECISION, 'posting ended');
    for (const p of proposals.slice(0, 3)) await stateWhen(p.handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');

    await handle.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [{ proposalId: third, reason: 'Chưa đủ thời gian công tác' }] }] });
    const result = await handle.result();
    expect(result.status).toBe(RoundStatus.CLOSED);
    // One decision for the two collectives; the one individual left was struck, so no decision for LĐTT.
    expect(result.decisions).toEqual([expect.objectContaining({ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, awardees: 2 })]);
    for (const p of proposals) await stateWhen(p.handle, (s) => [ProposalStatus.CLOSED, ProposalStatus.REJECTED, ProposalStatus.REJECTED_BY_COUNCIL].includes(s.status), `final state of ${p.input.proposalId}`);
    const closed = await Promise.all(proposals.map((p) => p.handle.result()));
    expect(closed.map((s) => s.status)).toEqual([ProposalStatus.CLOSED, ProposalStatus.CLOSED, ProposalStatus.REJECTED, ProposalStatus.REJECTED_BY_COUNCIL]);
    expect(closed[0].decision?.numberText).toBe(closed[1].decision?.numberText);
    expect(closed[2].history.at(-1)).toMatchObject({ action: 'DECIDE_REJECT', reason: 'Chưa đủ thời gian công tác' });
    void second;
    // The round's papers: its minutes, posting notice and submission, and a certificate per awardee (none for the struck one).
    const decisionId = `decision-round:${input.roundId}:${AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN}`;
    expect(rig.world.papers).toEqual(
      expect.arrayContaining([
        `MINUTES:${input.roundId}`,
        `POSTING_NOTICE:${input.roundId}`,
        `SUBMISSION_WARD_DECISION:${input.roundId}`,
        `CERTIFICATE:${decisionId}:${first}`,
        `CERTIFICATE:${decisionId}:${second}`,
      ]),
    );
    expect(rig.world.papers).not.toContain(`CERTIFICATE:${decisionId}:${third}`);
    // No paper's input grows with the round: each names a list stored in pages beforehand.
    const paperInputs = await activityInputs(handle, ['issueCouncilMinutes', 'issuePostingNotice', 'issueSubmission', 'issueRoundDecisionDocument', 'issueCertificates']);
    expect(paperInputs.map((i) => i.activity).sort()).toEqual(['issueCertificates', 'issueCouncilMinutes', 'issuePostingNotice', 'issueRoundDecisionDocument', 'issueSubmission']);
    for (const { input } of paperInputs) expect(input).toMatchObject({ proposalIds: [], listKey: expect.stringContaining(handle.workflowId) });
    expect(rig.world.proposalLists.get(`${handle.workflowId}:decision:${AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN}`)).toEqual([first, second]);
    await recordHistory(handle, 'round-year-end-closed', rig.env.address);
    await recordHistory(proposals[0].handle, 'proposal-in-round-closed', rig.env.address);
    await recordHistory(proposals[2].handle, 'proposal-in-round-struck', rig.env.address);
  });
});
