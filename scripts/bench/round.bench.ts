import { proposalStateQuery, proposalWorkflowId } from '@khenthuong/temporal';
import { CpuSplit } from './support/cpu-split';
import { startDevServerRig } from './support/dev-server-rig';
import { Floor } from './support/floor';
import { historySize } from './support/history-size';
import { runRound } from './support/round-run';

const COUNT = Number(process.env.BENCH_ROUND_PROPOSALS ?? 1000);
const DAY = 86_400_000;

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
  const { client } = rig;
  try {
    // Floor: COUNT minimal workflows, on the empty server and again once the round's histories are stored.
    const floors = await Floor.prepare(rig);
    const measureFloor = () => floors.measure(COUNT);
    console.log('bench: floor');
    const cpu = new CpuSplit(rig.serverPid);
    const floor = await measureFloor();
    cpu.end('floor');

    // The round.
    const run = await runRound(rig, COUNT, 'body-1', { phaseEnded: (phase) => {
      cpu.end(phase);
      if (phase === 'nominate + complete') console.log(`bench: ${COUNT} proposals nominated and complete`);
    } });
    const { round, totalMs: total } = run;
    console.log('bench: floor again, over the stored round');
    const floorAfter = await measureFloor();
    cpu.end('floor again');
    const sampleHandle = client.workflow.getHandle(proposalWorkflowId(run.proposalIds[2]!));
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
        `phases: nominate+complete ${(run.nominatedMs / 1000).toFixed(1)} s, council ${((run.reviewedMs - run.nominatedMs) / 1000).toFixed(1)} s, posting+decision+close ${((total - run.reviewedMs) / 1000).toFixed(1)} s`,
        `council: ${run.passed} passed, ${run.failed} failed; decisions: ${run.decisions.join(', ')}`,
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

