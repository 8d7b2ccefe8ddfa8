import { ChaosStack } from './support/chaos-stack';
import { ScenarioFigures } from './support/figures';
import { noViolations, processInvariants } from './support/invariants';
import { activityRunning, roundWorkflowId, transitionsRecorded } from './support/phases';
import { FINAL_STATUSES, since, WardDriver } from './support/ward-driver';

const ROUND_SIZE = 16;

describe('chaos: Chromium and the PostgreSQL postmaster killed after a round decision', () => {
  let stack: ChaosStack;

  beforeAll(async () => {
    stack = await ChaosStack.start('round-browser-and-postgres-killed', { postingSeconds: 5 });
  }, 120_000);
  afterAll(() => stack?.close());

  it('issues every paper once and closes every proposal after a browser killed mid-render and a database killed mid fan-out', async () => {
    const figures = new ScenarioFigures('Chromium killed mid-render, PostgreSQL postmaster SIGKILLed during the post-decision fan-out');
    const ward = await stack.seedWard();
    const driver = new WardDriver(stack, ward);
    const { roundId, ids } = await driver.roundToBallots(ROUND_SIZE);
    const workflowId = await roundWorkflowId(stack, roundId);
    await driver.act('chutich', `/api/v1/rounds/${roundId}/council/close`);
    await driver.reachRound(roundId, 'AWAITING_DECISION');
    await driver.reach(ids, ['AWAITING_DECISION'], 60_000).catch(() => undefined);

    // Fault 1: the browser dies while the round's decision renders; the worker stays up.
    const deciding = driver.act('chutich', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] });
    await activityRunning(stack, workflowId, 'issueRoundDecisionDocument');
    const browserKilledAt = Date.now();
    figures.notes.browsersKilled = stack.killBrowser().length;
    await deciding;

    // Fault 2: the proposals are receiving the decision (the round's fan-out after it).
    await transitionsRecorded(stack, ids, 'DECIDED');
    figures.fault({ fault: 'Chromium SIGKILL mid-render', downMs: 0, recoveryMs: since(browserKilledAt), recoveredTo: 'first proposal decided (papers issued)' });
    const killedAt = Date.now();
    await stack.killPostgres();
    await stack.startPostgres();
    const restartedAt = Date.now();
    const finished = await driver.reach(ids, FINAL_STATUSES).then(() => [], (error: Error) => [error.message]);
    figures.fault({ fault: 'PostgreSQL postmaster SIGKILL during the fan-out', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'all proposals final' });
    figures.notes.unexpectedExits = { api: stack.api.unexpectedExits, worker: stack.worker.unexpectedExits };

    const checked = { ...(await processInvariants(stack, ward.bodyId)), allFinalInTime: finished };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 600_000);
});
