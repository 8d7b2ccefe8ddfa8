import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ServiceError, type Client, type WorkflowHandle } from '@temporalio/client';
import { AwardTitle } from '@khenthuong/domain';
import {
  PROPOSAL_TASK_QUEUE,
  ProposalStatus,
  RoundStatus,
  castRoundBallotUpdate,
  closeNominationsUpdate,
  closeRoundCouncilUpdate,
  decideRoundUpdate,
  markDossierCompleteUpdate,
  openRoundCouncilUpdate,
  proposalWorkflowId,
  roundStateQuery,
  roundWorkflowId,
} from '@khenthuong/temporal';
import { proposalWorkflow, roundWorkflow } from '../../../workflows/src';
import { COUNCIL } from '../../../workflows/test/support/fake-world';
import { chairman, member, officer, proposalInput } from '../../../workflows/test/support/proposal-fixtures';
import type { DevServerRig } from './dev-server-rig';

/** Requests in flight at once per round (the api's users are not a thousand at a time). */
export const PARALLEL = 20;

export async function inChunks<T>(items: T[], run: (item: T) => Promise<unknown>, parallel = PARALLEL): Promise<void> {
  for (let i = 0; i < items.length; i += parallel) await Promise.all(items.slice(i, i + parallel).map(run));
}

/** A query waits behind the round's thousands of workflow tasks and may time out: it counts as "not yet". */
const queryTimedOut = (error: unknown) => error instanceof ServiceError && /DEADLINE_EXCEEDED/.test(String(error.cause));

export async function until(what: string, check: () => Promise<boolean>, explain: () => string = () => ''): Promise<void> {
  for (const deadline = Date.now() + Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 600_000); Date.now() < deadline; ) {
    try {
      if (await check()) return;
    } catch (error) {
      if (!queryTimedOut(error)) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench: timed out waiting for ${what} ${explain()}`);
}

export interface RoundRun {
  roundId: string;
  round: WorkflowHandle<typeof roundWorkflow>;
  proposalIds: string[];
  /** Milliseconds from the round's start: nominations complete, council closed, every proposal finished. */
  nominatedMs: number;
  reviewedMs: number;
  totalMs: number;
  passed: number;
  failed: number;
  decisions: string[];
}

export interface RoundRunHooks {
  /** Called as each phase ends (for a CPU split of a single round). */
  phaseEnded?: (phase: 'nominate + complete' | 'council' | 'posting, decision, close') => void;
}

/**
 * One ward's round of `count` proposals through the whole lifecycle (fake activities, real workflow
 * code): nominations closed by the officer, completeness, one council session with six "agree with
 * all except" ballots, the posting, one decision per title, every proposal closed.
 */
export async function runRound(rig: DevServerRig, count: number, bodyId = 'body-1', hooks: RoundRunHooks = {}): Promise<RoundRun> {
  const { client } = rig;
  const started = performance.now();
  const roundId = randomUUID();
  const round = await startRound(client, roundId, bodyId);
  const titles = [AwardTitle.LAO_DONG_TIEN_TIEN, AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, AwardTitle.GIA_DINH_VAN_HOA];
  const inputs = [...Array(count).keys()].map((i) => proposalInput({ roundId, bodyId, title: titles[i % titles.length] }));
  for (const p of inputs) rig.world.roundMembers.set(p.proposalId, { roundId, title: p.title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
  await inChunks(inputs, async (p) => {
    const handle = await client.workflow.start(proposalWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: proposalWorkflowId(p.proposalId), args: [p] });
    await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
  });
  const nominatedMs = performance.now() - started;
  hooks.phaseEnded?.('nominate + complete');
  await round.executeUpdate(closeNominationsUpdate, { args: [{ actor: officer }] });
  await round.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] });
  for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
    const exceptions = m.userId === 'm1' ? [{ proposalId: inputs[1]!.proposalId, choice: 'DISAGREE' as const }] : [];
    await round.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(m.userId), defaultChoice: 'AGREE', exceptions }] });
  }
  const tally = await round.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] });
  const reviewedMs = performance.now() - started;
  hooks.phaseEnded?.('council');
  const members = () => [...rig.world.roundMembers.values()].filter((m) => m.roundId === roundId);
  await until('posting to end', async () => (await round.query(roundStateQuery)).status === RoundStatus.AWAITING_DECISION);
  await until('every proposal to await the decision', async () => members().filter((m) => m.status === ProposalStatus.AWAITING_DECISION).length === tally.passed);
  await round.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [{ proposalId: inputs[0]!.proposalId, reason: 'Gạch tên (benchmark)' }] }] });
  const final = await round.result();
  const finished = [ProposalStatus.CLOSED, ProposalStatus.REJECTED, ProposalStatus.REJECTED_BY_COUNCIL];
  await until('every proposal to finish', async () => members().every((m) => finished.includes(m.status)), () => {
    const histogram: Record<string, number> = {};
    for (const m of members()) histogram[m.status] = (histogram[m.status] ?? 0) + 1;
    return JSON.stringify(histogram);
  });
  const totalMs = performance.now() - started;
  hooks.phaseEnded?.('posting, decision, close');
  return {
    roundId, round, proposalIds: inputs.map((p) => p.proposalId), nominatedMs, reviewedMs, totalMs, passed: tally.passed, failed: tally.failed,
    decisions: final.decisions.map((d) => `${d.title} ${d.numberText} (${d.awardees})`),
  };
}

function startRound(client: Client, roundId: string, bodyId: string): Promise<WorkflowHandle<typeof roundWorkflow>> {
  return client.workflow.start(roundWorkflow, {
    taskQueue: PROPOSAL_TASK_QUEUE,
    workflowId: roundWorkflowId(roundId),
    args: [
      {
        roundId,
        bodyId,
        name: 'Đợt xét khen thưởng tổng kết năm 2026',
        kind: 'YEAR_END',
        year: 2026,
        ruleSetId: 'TDKT-2026/ND152-2025',
        referenceDate: '2026-12-07',
        nominationDeadline: '2026-12-08',
        reminderWorkingDaysBefore: 1,
        secretBallot: false,
      },
    ],
  });
}
