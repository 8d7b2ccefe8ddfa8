import { randomBytes, randomUUID } from 'node:crypto';
import type { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { AwardTitle, ruleSetById, type VoteChoice } from '@khenthuong/domain';
import { BallotSealer, DEMO_BALLOT_SEAL_KEY } from '@khenthuong/platform';
import {
  ACTIVITY_FAILURE_REASON_VI,
  ActivityFailureType,
  PROPOSAL_TASK_QUEUE,
  ProposalStatus,
  RoundStatus,
  ballotSealContext,
  castRoundBallotUpdate,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  closeRoundCouncilUpdate,
  decideRoundUpdate,
  markDossierCompleteUpdate,
  openRoundCouncilUpdate,
  proposalBallotSession,
  proposalStateQuery,
  retryStuckStepUpdate,
  roundBallotSession,
  roundStateQuery,
  roundWorkflowId,
  ruleSetSnapshotOf,
  type RoundBallotContent,
  type RoundInput,
  type VoteContent,
} from '@khenthuong/temporal';
import { roundWorkflow } from '../src';
import { recordHistory } from './support/histories';
import { DAY, chairman, member, officer, proposalInput, startProposal, stateWhen } from './support/proposal-fixtures';
import { roundWhen } from './support/round-fixtures';
import { startRig, type TimeSkippingRig } from './support/time-skipping';

const sealer = new BallotSealer([DEMO_BALLOT_SEAL_KEY]);

/** Every payload of the history decoded (JSON payloads parsed), per event, as the Temporal UI shows it. */
async function decodedEvents(handle: WorkflowHandle): Promise<string[]> {
  const { events } = await handle.fetchHistory();
  const decode = (bytes: Uint8Array): unknown => {
    const text = Buffer.from(bytes).toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };
  // Walked before JSON.stringify, which would turn a Buffer into its list of bytes first.
  const walk = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return decode(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return (events ?? []).map((e) => JSON.stringify(walk(e)));
}

const refusal = (run: Promise<unknown>) => run.then(() => 'accepted', (e: WorkflowUpdateFailedError) => (e.cause as { type?: string }).type);

describe('secret ballots (time-skipping test server, fake activities, real seal and counting)', () => {
  let rig: TimeSkippingRig;
  beforeAll(async () => {
    rig = await startRig('2026-12-07T09:00:00+07:00');
  });
  afterAll(() => rig?.stop());

  it('carries sealed ballots through the workflow, counts them in an activity and decides on the counts', async () => {
    const input: RoundInput = {
      ruleSetSnapshot: ruleSetSnapshotOf(ruleSetById('TDKT-2026/ND152-2025')),
      roundId: randomUUID(),
      bodyId: 'body-1',
      name: 'Đợt xét khen thưởng tổng kết năm 2026 (bỏ phiếu kín)',
      kind: 'YEAR_END',
      year: 2026,
      ruleSetId: 'TDKT-2026/ND152-2025',
      referenceDate: '2026-12-07',
      nominationDeadline: '2026-12-08',
      reminderWorkingDaysBefore: 2,
      secretBallot: true,
    };
    const handle = await rig.env.client.workflow.start(roundWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: roundWorkflowId(input.roundId), args: [input] });
    const proposals = [];
    for (let i = 0; i < 3; i++) {
      const p = proposalInput({ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, roundId: input.roundId, proposalId: `0000000${i}-0000-4000-8000-${randomUUID().slice(-12)}` });
      rig.world.roundMembers.set(p.proposalId, { roundId: input.roundId, title: p.title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
      const h = await startProposal(rig, p);
      await h.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
      proposals.push(h);
    }
    await rig.env.sleep(2 * DAY);
    await roundWhen(handle, (s) => s.status === RoundStatus.REVIEWING_DOSSIERS, 'nominations closed');
    expect(await handle.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] })).toBe(3);

    const [a, b, c] = proposals.map((h) => h.workflowId.replace(/^proposal-/, ''));
    const comment = 'Tập thể chưa có sáng kiến được công nhận';
    const ballots: [string, RoundBallotContent][] = [
      ['chair', { defaultChoice: 'AGREE', exceptions: [] }],
      ['m1', { defaultChoice: 'AGREE', exceptions: [{ proposalId: c, choice: 'DISAGREE', comment }] }],
      ['m2', { defaultChoice: 'AGREE', exceptions: [{ proposalId: c, choice: 'DISAGREE' }] }],
      ['m3', { defaultChoice: 'DISAGREE', exceptions: [{ proposalId: a, choice: 'AGREE' }] }],
      ['m4', { defaultChoice: 'AGREE', exceptions: [] }],
    ];
    const sealedFor = (memberId: string, content: RoundBallotContent) => sealer.seal(content, ballotSealContext(roundBallotSession(input.roundId), memberId));

    // Who may vote is still checked from the actor: a plain ballot, a second ballot and a member recused from every nominee are refused.
    const plain = { actor: member('m1'), defaultChoice: 'AGREE' as VoteChoice, exceptions: [] };
    expect(await refusal(handle.executeUpdate(castRoundBallotUpdate, { args: [plain] }))).toBe('INVALID_VOTE');
    for (const [memberId, content] of ballots) await handle.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(memberId), sealed: sealedFor(memberId, content) }] });
    expect(await refusal(handle.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member('m1'), sealed: sealedFor('m1', ballots[0][1]) }] }))).toBe('ALREADY_VOTED');
    expect(await refusal(handle.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member('m5'), sealed: sealedFor('m5', ballots[0][1]) }] }))).toBe('RECUSED_MEMBER');
    expect((await handle.query(roundStateQuery)).voterIds.sort()).toEqual(['chair', 'm1', 'm2', 'm3', 'm4']);

    // Of the 5 members not recused (more than half must agree): a 5 agree, b 4, c 2.
    expect(await handle.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] })).toEqual({ passed: 2, failed: 1 });
    expect(rig.world.tallies.get(a)).toMatchObject({ agree: 5, disagree: 0, passed: true });
    expect(rig.world.tallies.get(b)).toMatchObject({ agree: 4, disagree: 1, passed: true });
    expect(rig.world.tallies.get(c)).toMatchObject({ agree: 2, disagree: 3, passed: false });
    await stateWhen(proposals[2], (s) => s.status === ProposalStatus.REJECTED_BY_COUNCIL, 'c rejected');

    await rig.env.sleep(8 * DAY);
    await roundWhen(handle, (s) => s.status === RoundStatus.AWAITING_DECISION, 'posting ended');
    await handle.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [] }] });
    expect((await handle.result()).decisions).toEqual([expect.objectContaining({ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, awardees: 2 })]);

    // The history holds ciphertext: no choice, no comment; the counting activity returned totals only.
    const events = await decodedEvents(handle);
    expect(events.join('\n')).not.toContain(comment);
    expect(events.join('\n')).not.toMatch(/"(AGREE|DISAGREE|ABSTAIN)"/);
    const counted = events.filter((e) => e.includes('countSealedBallots'));
    expect(counted).toHaveLength(1);
    expect(events.some((e) => e.includes('"agree":5') && e.includes('"disagree":0'))).toBe(true);
    await recordHistory(handle, 'round-secret-closed', rig.env.address);
  });

  it("an ad-hoc proposal's own secret session: sealed votes, counted at the close, nothing readable in history", async () => {
    const input = proposalInput({ secretBallot: true });
    const handle = await startProposal(rig, input);
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    await stateWhen(handle, (s) => s.status === ProposalStatus.IN_COUNCIL_REVIEW, 'own session open');
    const comment = 'Thành tích chưa nổi bật so với các tập thể khác';
    const sealedVote = (memberId: string, content: VoteContent) => ({ actor: member(memberId), sealed: sealer.seal(content, ballotSealContext(proposalBallotSession(input.proposalId), memberId)) });

    expect(await refusal(handle.executeUpdate(castVoteUpdate, { args: [{ actor: member('m1'), choice: 'AGREE' }] }))).toBe('INVALID_VOTE');
    expect(await refusal(handle.executeUpdate(castVoteUpdate, { args: [sealedVote('m5', { choice: 'AGREE', comment: null })] }))).toBe('RECUSED_MEMBER');
    const votes: [string, VoteContent][] = [
      ['chair', { choice: 'AGREE', comment: null }],
      ['m1', { choice: 'AGREE', comment: null }],
      ['m2', { choice: 'DISAGREE', comment }],
      ['m3', { choice: 'ABSTAIN', comment: null }],
      ['m4', { choice: 'DISAGREE', comment: null }],
    ];
    for (const [memberId, content] of votes) await handle.executeUpdate(castVoteUpdate, { args: [sealedVote(memberId, content)] });
    // Nothing is counted before the close: running totals would tell each voter's choice as it came in.
    expect((await handle.query(proposalStateQuery)).council).toMatchObject({ votes: [], counts: { agree: 0, disagree: 0, abstain: 0 } });

    // 2 of the 5 members not recused agree: not more than half.
    const tally = await handle.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }] });
    expect(tally).toMatchObject({ agree: 2, disagree: 2, abstain: 1, eligibleVoters: 5, passed: false });
    await stateWhen(handle, (s) => s.status === ProposalStatus.REJECTED_BY_COUNCIL, 'rejected by the council');
    const events = (await decodedEvents(handle)).join('\n');
    expect(events).not.toContain(comment);
    expect(events).not.toMatch(/"(AGREE|DISAGREE|ABSTAIN)"/);
    expect(events).toContain('countSealedBallots');
    await recordHistory(handle, 'proposal-adhoc-secret-rejected', rig.env.address);
  });

  it('a ballot whose key the worker lacks stops the count for a person, once, and counts after the key is back and the step is retried', async () => {
    const input = proposalInput({ secretBallot: true });
    const handle = await startProposal(rig, input);
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    await stateWhen(handle, (s) => s.status === ProposalStatus.IN_COUNCIL_REVIEW, 'own session open');
    const retired = { id: 'retired', key: randomBytes(32) };
    for (const memberId of ['chair', 'm1', 'm2', 'm3', 'm4']) {
      const keys = memberId === 'm4' ? [retired] : [DEMO_BALLOT_SEAL_KEY];
      const sealed = new BallotSealer(keys).seal({ choice: 'AGREE', comment: null }, ballotSealContext(proposalBallotSession(input.proposalId), memberId));
      await handle.executeUpdate(castVoteUpdate, { args: [{ actor: member(memberId), sealed }] });
    }
    const before = rig.world.calls.get('countSealedBallots') ?? 0;
    const closing = await handle.startUpdate(closeCouncilSessionUpdate, { args: [{ actor: member('chair') }], waitForStage: 'ACCEPTED' });
    const stuck = await stateWhen(handle, (s) => s.needsAttention !== null, 'needs attention');
    expect(stuck.needsAttention).toMatchObject({ step: 'countSealedBallots', failureType: ActivityFailureType.BALLOT_UNREADABLE, reasonVi: ACTIVITY_FAILURE_REASON_VI.BALLOT_UNREADABLE });
    expect(stuck.status).toBe(ProposalStatus.IN_COUNCIL_REVIEW);
    // Non-retryable: one attempt, no loop.
    expect(rig.world.calls.get('countSealedBallots')).toBe(before + 1);

    rig.world.ballotKeys.push(retired);
    await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: officer, note: 'Đã khôi phục khóa niêm phong phiếu' }] });
    expect(await closing.result()).toMatchObject({ agree: 5, passed: true });
    expect(rig.world.calls.get('countSealedBallots')).toBe(before + 2);
    rig.world.ballotKeys.pop();
  });
});
