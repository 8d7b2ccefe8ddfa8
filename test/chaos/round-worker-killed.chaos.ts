import { ChaosStack } from './support/chaos-stack';
import { ScenarioFigures } from './support/figures';
import { noViolations, processInvariants } from './support/invariants';
import { activityRunning, roundWorkflowId, transitionsRecorded } from './support/phases';
import { FINAL_STATUSES, since, WardDriver } from './support/ward-driver';

const ROUND_SIZE = 20;

describe('chaos: the worker SIGKILLed during a round', () => {
  let stack: ChaosStack;

  beforeAll(async () => {
    stack = await ChaosStack.start('round-worker-killed', { postingSeconds: 5 });
  }, 120_000);
  afterAll(() => stack?.close());

  it('posts every approved proposal and issues each paper once, after crashes while council results apply and while certificates render', async () => {
    const figures = new ScenarioFigures('worker SIGKILLed during a round (council results, certificates)');
    const ward = await stack.seedWard();
    const driver = new WardDriver(stack, ward);
    const { roundId, ids } = await driver.roundToBallots(ROUND_SIZE);
    const workflowId = await roundWorkflowId(stack, roundId);

    // Fault 1: the council's results are being applied to the proposals one by one.
    const closing = driver.act('chutich', `/api/v1/rounds/${roundId}/council/close`);
    figures.notes.approvedAtFirstKill = await transitionsRecorded(stack, ids, 'APPROVED_BY_COUNCIL');
    let killedAt = Date.now();
    await stack.killWorker();
    stack.worker.start();
    let restartedAt = Date.now();
    await closing;
    await driver.reachRound(roundId, 'AWAITING_DECISION');
    await driver.reach(ids, ['AWAITING_DECISION'], 60_000).catch(() => undefined);
    figures.fault({ fault: 'worker SIGKILL while council results apply', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'round awaiting the decision' });

    // Fault 2: the round's certificates are rendering.
    const deciding = driver.act('chutich', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] });
    await activityRunning(stack, workflowId, 'issueCertificates');
    killedAt = Date.now();
    await stack.killWorker();
    stack.worker.start();
    restartedAt = Date.now();
    await deciding;
    await driver.reachRound(roundId, 'CLOSED');
    const finished = await driver.reach(ids, FINAL_STATUSES).then(() => [], (error: Error) => [error.message]);
    figures.fault({ fault: 'worker SIGKILL while certificates render', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'all proposals final' });
    figures.notes.unexpectedWorkerExits = stack.worker.unexpectedExits;

    const checked = { ...(await processInvariants(stack, ward.bodyId)), allFinalInTime: finished };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 600_000);
});
