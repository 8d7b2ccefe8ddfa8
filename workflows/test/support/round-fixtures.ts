import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { AwardTitle, ruleSetById } from '@khenthuong/domain';
import {
  PROPOSAL_TASK_QUEUE,
  ProposalStatus,
  RoundStatus,
  castRoundBallotUpdate,
  closeRoundCouncilUpdate,
  markDossierCompleteUpdate,
  openRoundCouncilUpdate,
  roundStateQuery,
  roundWorkflowId,
  ruleSetSnapshotOf,
  type RoundInput,
  type RoundState,
} from '@khenthuong/temporal';
import { roundWorkflow } from '../../src';
import { COUNCIL } from './fake-world';
import { DAY, member, officer, proposalInput, startProposal, stateWhen } from './proposal-fixtures';
import type { TimeSkippingRig } from './time-skipping';

export function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  return {
    ruleSetSnapshot: ruleSetSnapshotOf(ruleSetById('TDKT-2026/ND152-2025')),
    roundId: randomUUID(),
    bodyId: 'body-1',
    name: 'Đợt xét khen thưởng tổng kết năm 2026',
    kind: 'YEAR_END',
    year: 2026,
    ruleSetId: 'TDKT-2026/ND152-2025',
    referenceDate: '2026-12-07',
    nominationDeadline: '2026-12-08',
    reminderWorkingDaysBefore: 2,
    secretBallot: false,
    ...overrides,
  };
}

/** Polls the round's Query (real time, short) until `accept` holds. */
export async function roundWhen(handle: WorkflowHandle, accept: (s: RoundState) => boolean, what: string): Promise<RoundState> {
  let last: RoundState | undefined;
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    last = await handle.query(roundStateQuery);
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last ${last?.status}`);
}

/**
 * A round whose nominees (collectives, one title) the whole council passed and whose posting has
 * ended: returns once it awaits the chairman's decision.
 */
export async function roundAwaitingDecision(rig: TimeSkippingRig, nominees = 2): Promise<{ handle: WorkflowHandle<typeof roundWorkflow>; proposals: WorkflowHandle[]; input: RoundInput }> {
  const input = roundInput();
  const title = AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN;
  const handle = await rig.env.client.workflow.start(roundWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: roundWorkflowId(input.roundId), args: [input] });
  const proposals: WorkflowHandle[] = [];
  for (let i = 0; i < nominees; i++) {
    const p = proposalInput({ title, roundId: input.roundId, proposalId: `0000000${i}-0000-4000-8000-${randomUUID().slice(-12)}` });
    rig.world.roundMembers.set(p.proposalId, { roundId: input.roundId, title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
    const h = await startProposal(rig, p);
    await h.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    proposals.push(h);
  }
  await rig.env.sleep(2 * DAY);
  await roundWhen(handle, (s) => s.status === RoundStatus.REVIEWING_DOSSIERS, 'nominations closed');
  await handle.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] });
  for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
    await handle.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(m.userId), defaultChoice: 'AGREE', exceptions: [] }] });
  }
  await handle.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] });
  await rig.env.sleep(8 * DAY);
  await roundWhen(handle, (s) => s.status === RoundStatus.AWAITING_DECISION, 'posting ended');
  for (const p of proposals) await stateWhen(p, (s) => s.status === ProposalStatus.AWAITING_DECISION, 'awaiting decision');
  return { handle, proposals, input };
}
