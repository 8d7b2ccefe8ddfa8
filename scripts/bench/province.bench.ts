import { proposalWorkflowId } from '@khenthuong/temporal';
import { CpuSplit } from './support/cpu-split';
import { startDevServerRig } from './support/dev-server-rig';
import { Floor } from './support/floor';
import { historySize } from './support/history-size';
import { runRound, type RoundRun } from './support/round-run';

const WARDS = Number(process.env.BENCH_PROVINCE_WARDS ?? 20);
const PER_WARD = Number(process.env.BENCH_PROVINCE_PROPOSALS ?? 50);
/** The province the projection is for: 100 wards of 5,000 households. */
const PROVINCE_WARDS = 100;
const PROVINCE_HOUSEHOLDS = 500_000;
const DAY = 86_400_000;

/**
 * WARDS wards running their rounds at once on one Temporal server (TEMPORAL_ADDRESS: the cluster
 * of `npm run start:cluster`), PER_WARD proposals each, fake activities and the real workflow code,
 * each round under its own issuing body. The floor is as many minimal workflows, WARDS × 20 in
 * flight as the rounds have, on the same server in the same run. Reports the cost per proposal, the
 * largest histories and payloads, and a projection for a province of 500,000 households.
 */
export async function main(): Promise<void> {
  const total = WARDS * PER_WARD;
  const rig = await startDevServerRig('2026-12-07T09:00:00+07:00', Math.max(2_000, Math.ceil(total * 1.2)));
  rig.world.fasterDeadlines.set('POSTING', DAY / 10);
  try {
    const floors = await Floor.prepare(rig);
    const cpu = new CpuSplit(rig.serverPid);
    console.log(`bench: floor, ${total} minimal workflows`);
    const floor = await floors.measure(total, WARDS * 20);
    cpu.end('floor');

    console.log(`bench: ${WARDS} rounds of ${PER_WARD} at once`);
    const started = Date.now();
    const runs: RoundRun[] = await Promise.all([...Array(WARDS).keys()].map((w) => runRound(rig, PER_WARD, `body-${w + 1}`)));
    const wall = Date.now() - started;
    cpu.end(`${WARDS} rounds`);

    const rounds = await Promise.all(runs.map(async (run) => historySize(await run.round.fetchHistory())));
    const sample = historySize(await rig.client.workflow.getHandle(proposalWorkflowId(runs[0]!.proposalIds[2]!)).fetchHistory());
    const largestRound = rounds.reduce((a, b) => (a.bytes >= b.bytes ? a : b));
    const largestPayload = [...rounds, sample].reduce((a, b) => (a.largestPayloadBytes >= b.largestPayloadBytes ? a : b));
    const perProposalMs = wall / total;
    const slowest = Math.max(...runs.map((r) => r.totalMs));

    console.table([
      { case: `minimal workflow × ${total} (floor)`, 'total s': (floor / 1000).toFixed(1), 'per proposal ms': (floor / total).toFixed(1), 'ratio to floor': '1.00' },
      { case: `${WARDS} wards × ${PER_WARD} proposals, rounds at once`, 'total s': (wall / 1000).toFixed(1), 'per proposal ms': perProposalMs.toFixed(1), 'ratio to floor': (wall / floor).toFixed(2) },
    ]);
    console.table(cpu.phases);
    // The projection scales what was measured here: cost per proposal on this server, histories as stored.
    const provinceSeconds = (PROVINCE_HOUSEHOLDS * perProposalMs) / 1000;
    const historyBytes = PROVINCE_HOUSEHOLDS * sample.bytes + PROVINCE_WARDS * largestRound.bytes * (5_000 / PER_WARD);
    console.log(
      [
        `rounds: slowest ${(slowest / 1000).toFixed(1)} s, all ${WARDS} done in ${(wall / 1000).toFixed(1)} s; council ${runs.reduce((n, r) => n + r.passed, 0)} passed, ${runs.reduce((n, r) => n + r.failed, 0)} failed`,
        `largest round history: ${largestRound.events} events, ${(largestRound.bytes / 1024).toFixed(0)} KiB; a proposal's: ${sample.events} events, ${(sample.bytes / 1024).toFixed(0)} KiB`,
        `largest payload: ${largestPayload.largestPayloadBytes} bytes (${largestPayload.largestIn})`,
        `projection, ${PROVINCE_HOUSEHOLDS} households in ${PROVINCE_WARDS} wards on this server: ${(provinceSeconds / 3600).toFixed(1)} h of workflow work at ${perProposalMs.toFixed(1)} ms per proposal; histories about ${(historyBytes / 1024 ** 3).toFixed(1)} GiB (round histories scaled linearly to 5,000)`,
      ].join('\n'),
    );
  } finally {
    await rig.stop();
  }
}
