import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ServiceError } from '@temporalio/client';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
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
  proposalStateQuery,
  proposalWorkflowId,
  roundStateQuery,
  roundWorkflowId,
} from '@khenthuong/temporal';
import { proposalWorkflow, roundWorkflow } from '../../workflows/src';
import { COUNCIL } from '../../workflows/test/support/fake-world';
import { chairman, member, officer, proposalInput } from '../../workflows/test/support/proposal-fixtures';
import { startDevServerRig } from './support/dev-server-rig';
import { CpuSplit } from './support/cpu-split';
import { historySize } from './support/history-size';

const COUNT = Number(process.env.BENCH_ROUND_PROPOSALS ?? 1000);
const PARALLEL = 20;
const DAY = 86_400_000;

async function inChunks<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(run));
}

/** A query waits behind the round's thousands of workflow tasks and may time out: it counts as "not yet". */
const queryTimedOut = (error: unknown) => error instanceof ServiceError && /DEADLINE_EXCEEDED/.test(String(error.cause));

async function until(what: string, check: () => Promise<boolean>, explain: () => string = () => ''): Promise<void> {
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

/**
 * A round of COUNT proposals through the whole lifecycle on a real Temporal server (fake
 * activities, real workflow code): nominations closed by the officer, completeness, one council
 * session with six "agree with all except" ballots, the posting (a day of it passes in 10 ms: the
 * server's time does not skip), one decision per title, every proposal closed. The floor is COUNT
 * minimal workflows (one activity each) on the same server in the same process.
 */
export async function main(): Promise<void> {
  // The worker's cache holds every running workflow of the round, as a worker sized for its ward
  // would (WORKFLOW_CACHE_SIZE): a smaller one replays evicted proposals at every phase.
  const cache = Number(process.env.BENCH_WORKFLOW_CACHE ?? Math.max(2_000, Math.ceil(COUNT * 1.2)));
  console.log(`bench: workflow cache ${cache}`);
  const rig = await startDevServerRig('2026-12-07T09:00:00+07:00', cache);
  rig.world.fasterDeadlines.set('POSTING', DAY / 10);
  const { client, nativeConnection } = rig;
  try {
    // Floor: COUNT minimal workflows, on the empty server and again once the round's histories are stored.
    const minimalBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./support/minimal.workflow'), logger: quietLogger });
    const measureFloor = async (): Promise<number> => {
      const minimalQueue = `bench-minimal-${randomUUID()}`;
      const minimalWorker = await Worker.create({ connection: nativeConnection, taskQueue: minimalQueue, workflowBundle: minimalBundle, activities: { touch: async (n: number) => n } });
      return minimalWorker.runUntil(async () => {
        const started = performance.now();
        await inChunks([...Array(COUNT).keys()], (n) => client.workflow.execute('minimalWorkflow', { taskQueue: minimalQueue, workflowId: `minimal-${randomUUID()}`, args: [n] }));
        return performance.now() - started;
      });
    };
    console.log('bench: floor');
    const cpu = new CpuSplit(rig.serverPid);
    const floor = await measureFloor();
    cpu.end('floor');

    // The round.
    const started = performance.now();
    const roundId = randomUUID();
    const round = await client.workflow.start(roundWorkflow, {
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowId: roundWorkflowId(roundId),
      args: [
        {
          roundId,
          bodyId: 'body-1',
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
    const titles = [AwardTitle.LAO_DONG_TIEN_TIEN, AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, AwardTitle.GIA_DINH_VAN_HOA];
    const inputs = [...Array(COUNT).keys()].map((i) => proposalInput({ roundId, title: titles[i % titles.length] }));
    for (const p of inputs) rig.world.roundMembers.set(p.proposalId, { roundId, title: p.title, unitId: 'unit-1', status: ProposalStatus.SUBMITTED });
    await inChunks(inputs, async (p) => {
      const handle = await client.workflow.start(proposalWorkflow, { taskQueue: PROPOSAL_TASK_QUEUE, workflowId: proposalWorkflowId(p.proposalId), args: [p] });
      await handle.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: officer }] });
    });
    const nominated = performance.now();
    cpu.end('nominate + complete');
    console.log(`bench: ${COUNT} proposals nominated and complete`);
    await round.executeUpdate(closeNominationsUpdate, { args: [{ actor: officer }] });
    await round.executeUpdate(openRoundCouncilUpdate, { args: [{ actor: officer }] });
    const strike = inputs[0].proposalId;
    for (const m of COUNCIL.members.filter((m) => m.userId !== 'm5')) {
      const exceptions = m.userId === 'm1' ? [{ proposalId: inputs[1].proposalId, choice: 'DISAGREE' as const }] : [];
      await round.executeUpdate(castRoundBallotUpdate, { args: [{ actor: member(m.userId), defaultChoice: 'AGREE', exceptions }] });
    }
    console.log('bench: ballots cast');
    const tally = await round.executeUpdate(closeRoundCouncilUpdate, { args: [{ actor: member('chair') }] });
    const reviewed = performance.now();
    cpu.end('council');
    await until('posting to end', async () => (await round.query(roundStateQuery)).status === RoundStatus.AWAITING_DECISION);
    await until('every proposal to await the decision', async () =>
      [...rig.world.roundMembers.values()].filter((m) => m.status === ProposalStatus.AWAITING_DECISION).length === tally.passed,
    );
    await round.executeUpdate(decideRoundUpdate, { args: [{ actor: chairman, approve: true, struck: [{ proposalId: strike, reason: 'Gạch tên (benchmark)' }] }] });
    const final = await round.result();
    const finished = [ProposalStatus.CLOSED, ProposalStatus.REJECTED, ProposalStatus.REJECTED_BY_COUNCIL];
    await until('every proposal to finish', async () => [...rig.world.roundMembers.values()].every((m) => finished.includes(m.status)), () => {
      const histogram: Record<string, number> = {};
      for (const m of rig.world.roundMembers.values()) histogram[m.status] = (histogram[m.status] ?? 0) + 1;
      return JSON.stringify(histogram);
    });
    const total = performance.now() - started;
    cpu.end('posting, decision, close');
    console.log('bench: floor again, over the stored round');
    const floorAfter = await measureFloor();
    cpu.end('floor again');
    const sampleHandle = client.workflow.getHandle(proposalWorkflowId(inputs[2].proposalId));
    const sample = await sampleHandle.query(proposalStateQuery);
    const roundSize = historySize(await round.fetchHistory());
    const proposalSize = historySize(await sampleHandle.fetchHistory());

    console.table([
      { case: `minimal workflow × ${COUNT} (floor)`, 'total s': (floor / 1000).toFixed(1), 'per s': (COUNT / (floor / 1000)).toFixed(1), 'ratio to floor': '1.00' },
      { case: `round of ${COUNT} proposals, full lifecycle`, 'total s': (total / 1000).toFixed(1), 'per s': (COUNT / (total / 1000)).toFixed(1), 'ratio to floor': (total / floor).toFixed(2) },
      { case: `minimal workflow × ${COUNT}, after the round`, 'total s': (floorAfter / 1000).toFixed(1), 'per s': (COUNT / (floorAfter / 1000)).toFixed(1), 'ratio to floor': (floorAfter / floor).toFixed(2) },
    ]);
    console.table(cpu.phases);
    console.log(
      [
        `phases: nominate+complete ${((nominated - started) / 1000).toFixed(1)} s, council ${((reviewed - nominated) / 1000).toFixed(1)} s, posting+decision+close ${((started + total - reviewed) / 1000).toFixed(1)} s`,
        `council: ${tally.passed} passed, ${tally.failed} failed; decisions: ${final.decisions.map((d) => `${d.title} ${d.numberText} (${d.awardees})`).join(', ')}`,
        `per proposal: ${(total / COUNT).toFixed(1)} ms (${(total / floor).toFixed(2)} × the floor's; ${(total / ((floor + floorAfter) / 2)).toFixed(2)} × the mean of the floors before and after)`,
        `round history: ${roundSize.events} events, ${(roundSize.bytes / 1024).toFixed(0)} KiB; largest payload ${roundSize.largestPayloadBytes} bytes (${roundSize.largestIn})`,
        `a proposal's history: ${proposalSize.events} events, ${(proposalSize.bytes / 1024).toFixed(0)} KiB; largest payload ${proposalSize.largestPayloadBytes} bytes (${proposalSize.largestIn})`,
        `a proposal's history entries: ${sample.history.length}; final status of a sample: ${sample.status}`,
      ].join('\n'),
    );
  } finally {
    await rig.stop();
  }
}

const quietLogger = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error, log: () => undefined };
