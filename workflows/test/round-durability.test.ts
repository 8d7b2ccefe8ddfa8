import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
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
  proposalStateQuery,
  roundStateQuery,
  roundWorkflowId,
  submitObjectionSignal,
  type ProposalInput,
  type RoundInput,
  type RoundState,
} from '@khenthuong/temporal';
import { proposalWorkflow, roundWorkflow } from '../src';
import { COUNCIL } from './support/fake-world';
import { recordHistory } from './support/histories';
import { DAY, chairman, member, officer, proposalInput, startProposal, stateWhen } from './support/proposal-fixtures';
import { roundInput as baseRoundInput } from './support/round-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const anchor = '2026-12-07T09:00:00+07:00';
const NO_POSTING = 'Đợt khen thưởng không niêm yết công khai';

async function roundWhen(handle: WorkflowHandle<typeof roundWorkflow>, accept: (s: RoundState) => boolean, what: string): Promise<RoundState> {
  let last: RoundState | undefined;
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    last = await handle.query(roundStateQuery);
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last ${last?.status}`);
}

/**
 * Round events reach each proposal in order and none is dropped, whatever the timing of the worker;
 * the round decides over the proposals that answered the end of the posting, not over the read model.
 */
describe('round durability (time-skipping test server, fake activities)', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig(anchor);
  });
  afterAll(async () => {
    if (rig) rig.world.holdTally = null;
    await rig?.stop();
  });

  const roundInput = (): RoundInput => baseRoundInput({ reminderWorkingDaysBefore: 1, ruleSetSnapshot: undefined });

  /** A round with `count` complete proposals, through a council where every member agrees. */
  async function roundAfterCouncil(count: number, beforeClose: (ids: string[]) => void = () => undefined) {
    const input = roundInput();
    const round = await rig.env.client.workflow.start(roundWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: roundWorkflowId(input.roundId), args: [input] });
    const proposals: { input: ProposalInput; handle: WorkflowHandle<typeof proposalWorkflow> }[] = [];
    for (let i = 0; i < count; i++) {
      const p = proposalInput({ title: AwardTitle.LAO_DONG_TIEN_TIEN, roundId: input.roundId, proposalId: `0000000${i}-0000-4000-8000-${randomUUID().slice(-12)}` });
      rig.world.roundMembers.set(p.proposalId, { roundId: input.roundId, title: p.title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
      const handle = await startProposal(rig, p);
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      proposals.push({ input: p, handle });
    }
    await rig.env.sleep(2 * DAY);
    await roundWhen(round, (s) => s.status === RoundStatus.REVIEWING_DOSSIERS, 'nominations closed');
    await round.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] });
    for (const p of proposals) await stateWhen(p.handle, (s) => s.status === ProposalStatus.IN_COUNCIL_REVIEW, 'in the round session');
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      await round.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(m.userId), defaultChoice: 'AGREE', exceptions: [] }] });
    }
    beforeClose(proposals.map((p) => p.input.proposalId));
    expect(await round.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] })).toEqual({ passed: count, failed: 0 });
    return { input, round, proposals };
  }

  it('posts a proposal whose council result was still being recorded when the round started the posting', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { input, round, proposals } = await roundAfterCouncil(2, ([, slow]) => {
      // The worker is down while the second proposal records its tally: the activity waits.
      rig.world.holdTally = (proposalId) => (proposalId === slow ? released : undefined);
    });
    const [fast, slow] = proposals;
    await stateWhen(fast.handle, (s) => s.status === ProposalStatus.PUBLICLY_POSTED, 'the first posted');
    // The round has posted its list (the notice follows the fan-out) while the second still applies its result.
    await roundWhen(round, () => rig.world.papers.includes(`POSTING_NOTICE:${input.roundId}`), 'the posting notice');
    expect((await slow.handle.query(proposalStateQuery)).status).toBe(ProposalStatus.IN_COUNCIL_REVIEW);
    release();
    rig.world.holdTally = null;

    const posted = await stateWhen(slow.handle, (s) => s.status === ProposalStatus.PUBLICLY_POSTED, 'the second posted once its result is recorded');
    expect(posted.posting).toEqual((await round.query(roundStateQuery)).posting);
    await rig.env.sleep(8 * DAY);
    await roundWhen(round, (s) => s.status === RoundStatus.AWAITING_DECISION, 'posting ended');
    const awaiting = await stateWhen(slow.handle, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting the decision');
    expect(awaiting.history.map((h) => h.action)).toEqual(expect.arrayContaining(['CLOSE_COUNCIL_SESSION', 'START_POSTING', 'END_POSTING']));
    expect(awaiting.history.map((h) => h.reason)).not.toContain(NO_POSTING);

    await round.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [] }] });
    expect((await round.result()).decisions).toEqual([expect.objectContaining({ title: AwardTitle.LAO_DONG_TIEN_TIEN, awardees: 2 })]);
    const closed = await slow.handle.result();
    expect(closed.status).toBe(ProposalStatus.CLOSED);
    await recordHistory(slow.handle, 'proposal-in-round-late-result', rig.env.address);
  });

  it('decides over the proposals that acknowledged the end of posting, whatever the read model shows, and detaches one with an objection open', async () => {
    const { input, round, proposals } = await roundAfterCouncil(3);
    for (const p of proposals) await stateWhen(p.handle, (s) => s.status === ProposalStatus.PUBLICLY_POSTED, 'posted');
    const [first, lagging, objected] = proposals;
    // The listing the round could read lags behind this proposal's moves (a replica, a slow commit).
    rig.world.staleReadModel.add(lagging.input.proposalId);
    const objectionId = randomUUID();
    await objected.handle.signal(submitObjectionSignal, { objectionId, text: 'Thành tích chưa đúng thực tế', receivedAt: new Date().toISOString() });
    await stateWhen(objected.handle, (s) => s.objections.length === 1, 'the objection received');

    await rig.env.sleep(8 * DAY);
    await roundWhen(round, (s) => s.status === RoundStatus.AWAITING_DECISION, 'posting ended');
    expect(rig.world.roundMembers.get(lagging.input.proposalId)?.status).toBe(ProposalStatus.PUBLICLY_POSTED);
    await round.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [] }] });
    const result = await round.result();

    expect(result.decisions).toEqual([expect.objectContaining({ title: AwardTitle.LAO_DONG_TIEN_TIEN, awardees: 2 })]);
    const [firstDone, laggingDone] = await Promise.all([first.handle.result(), lagging.handle.result()]);
    expect(laggingDone.status).toBe(ProposalStatus.CLOSED);
    expect(laggingDone.decision?.numberText).toBe(firstDone.decision?.numberText);
    expect(laggingDone.history.map((h) => h.action)).not.toContain('LEAVE_ROUND');
    // The one still resolving its objection leaves the round and is decided on its own.
    const detached = await stateWhen(objected.handle, (s) => s.history.some((h) => h.action === 'LEAVE_ROUND'), 'the objected one detached');
    expect(detached.status).toBe(ProposalStatus.PUBLICLY_POSTED);
    expect(detached.allowedActions).toContain('RESOLVE_OBJECTION');
    expect(rig.world.papers).toContain(`CERTIFICATE:decision-round:${input.roundId}:${AwardTitle.LAO_DONG_TIEN_TIEN}:${lagging.input.proposalId}`);
    const later = await objected.handle.query(proposalStateQuery);
    expect([later.status, later.objections.map((o) => o.outcome)]).toEqual([ProposalStatus.PUBLICLY_POSTED, [null]]);
    await objected.handle.terminate('test done').catch(() => undefined);
  });
});
