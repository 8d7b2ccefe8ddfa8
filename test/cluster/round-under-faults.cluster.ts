import { ScenarioFigures } from '../chaos/support/figures';
import { noViolations, oneProposalPerClientKey, processInvariants } from '../chaos/support/invariants';
import { FINAL_STATUSES, since, WardDriver } from '../chaos/support/ward-driver';
import { ClusterStack } from './support/cluster-stack';

const ROUND_SIZE = Number(process.env.CLUSTER_ROUND_SIZE ?? 100);

/** Statuses users saw on failed attempts, without the ones an outage may legitimately give. */
function serverErrors(seen: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(seen).filter(([status]) => status !== '503'));
}

describe('cluster: a round across two workers and two apis while parts of the cluster are killed', () => {
  let stack: ClusterStack;

  beforeAll(async () => {
    stack = await ClusterStack.start('round-under-faults', { postingSeconds: 5 });
  }, 45 * 60_000);
  afterAll(async () => {
    const left = await stack?.close();
    // Ctrl-C stops every process the launcher started.
    expect(left ?? []).toEqual([]);
  }, 180_000);

  it(`closes a round of ${ROUND_SIZE} proposals exactly once after the history service, a worker and an api were killed`, async () => {
    const figures = new ScenarioFigures(`cluster: round of ${ROUND_SIZE} (history, worker, api killed)`);
    figures.notes.bootMs = stack.bootMs;
    const ward = await stack.seedWard();
    const driver = new WardDriver(stack, ward);
    const roundId = await driver.createRound();
    const nominations = driver.nominations(ROUND_SIZE, roundId);
    const half = Math.floor(ROUND_SIZE / 2);
    const ids: string[] = [];
    for (const n of nominations.slice(0, half)) ids.push(await driver.submit(n));

    // Fault 1: the history service dies while nominations arrive; users retry through the outage.
    const history = stack.kill('temporal-history');
    for (const n of nominations.slice(half)) ids.push(await driver.submit(n));
    let { killedAt, restartedAt } = await history;
    await driver.reach(ids, ['SUBMITTED']);
    figures.fault({ fault: 'temporal-history SIGKILL during submissions', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'all submitted' });
    const afterHistory = await driver.failuresSeen();

    // Fault 2: one worker dies while the council's results apply; the other one carries on.
    await driver.completeAll(ids);
    await driver.reach(ids, ['AWAITING_COUNCIL']);
    await driver.act('canbo.vp', `/api/v1/rounds/${roundId}/close-nominations`);
    await driver.act('canbo.vp', `/api/v1/rounds/${roundId}/council/open`);
    await driver.reach(ids, ['IN_COUNCIL_REVIEW']);
    const closing = driver.castRoundBallots(roundId).then(() => driver.act('chutich', `/api/v1/rounds/${roundId}/council/close`));
    ({ killedAt, restartedAt } = await stack.kill('worker-1'));
    await closing;
    await driver.reachRound(roundId, 'AWAITING_DECISION');
    // Every proposal past its posting before the decision: one still posted would leave the round.
    await driver.reach(ids, ['AWAITING_DECISION'], 600_000);
    figures.fault({ fault: 'worker-1 SIGKILL during ballots and council close', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'round awaiting the decision' });

    // Fault 3: one api dies; the proxy sends users to the other one.
    const before = await driver.failuresSeen();
    const deciding = driver.act('chutich', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] });
    ({ killedAt, restartedAt } = await stack.kill('api-1'));
    await deciding;
    await driver.reachRound(roundId, 'CLOSED', 600_000);
    const finished = await driver.reach(ids, FINAL_STATUSES, 600_000).then(
      () => [],
      (error: Error) => [error.message],
    );
    figures.fault({ fault: 'api-1 SIGKILL during the decision', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'all proposals final' });
    const after = await driver.failuresSeen();
    figures.notes.failuresDuringHistoryOutage = afterHistory;
    figures.notes.failuresAfterApiKill = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => Number(v) > 0));

    const checked = {
      ...(await processInvariants(stack, ward.bodyId)),
      oneProposalPerClientKey: await oneProposalPerClientKey(
        stack,
        ward.bodyId,
        nominations.map((n) => n.clientKey),
      ),
      allFinalInTime: finished,
      // An outage is a 503 with a message, never a 500 (nor any other 5xx).
      onlyServiceUnavailable: Object.entries(serverErrors(after)).map(([status, n]) => `${n} attempts answered ${status}`),
    };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 90 * 60_000);
});
