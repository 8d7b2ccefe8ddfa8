import { eventually } from '../support/stack';
import { ChaosStack } from './support/chaos-stack';
import { ScenarioFigures } from './support/figures';
import { noViolations, oneProposalPerClientKey, processInvariants } from './support/invariants';
import { FINAL_STATUSES, since, UNIT_HEADS, WardDriver } from './support/ward-driver';

const SUBMISSIONS = 12;

describe('chaos: the api SIGKILLed while submissions are in flight', () => {
  let stack: ChaosStack;

  beforeAll(async () => {
    stack = await ChaosStack.start('api-killed-during-submissions', { postingSeconds: 3 });
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers every client retry with one proposal that has its workflow, and every proposal ends once', async () => {
    const figures = new ScenarioFigures('api SIGKILLed during submissions');
    const ward = await stack.seedWard();
    const driver = new WardDriver(stack, ward);
    await Promise.all(UNIT_HEADS.map((u) => driver.as(u)));
    const nominations = driver.nominations(SUBMISSIONS, null);

    const submitted = Promise.all(nominations.map((n) => driver.submit(n)));
    // The first committed row means the others are being handled by the same process right now.
    await eventually(async () => {
      const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]);
      return row.n > 0 ? true : undefined;
    }, 'a first submission committed');
    const killedAt = Date.now();
    await stack.api.stop('SIGKILL');
    stack.log('[harness] api SIGKILLed');
    const [rowsAtKill] = await stack.db.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]);
    await stack.startApi();
    const restartedAt = Date.now();
    const ids = await submitted;
    figures.notes.rowsCommittedAtKill = rowsAtKill.n;
    figures.notes.failedAttemptsSeen = await driver.failuresSeen();

    // A client that never saw its answer sends again with the same key: it must get the same proposal.
    const again = await Promise.all(nominations.map((n) => driver.submit(n)));
    const retriesAnswerTheSameProposal = again.flatMap((id, i) => (id === ids[i] ? [] : [`${nominations[i].clientKey}: first ${ids[i]}, retry ${id}`]));

    const driven = await Promise.allSettled(ids.map((id) => driver.toDecision(id)));
    const drivenToTheEnd = driven.flatMap((r, i) => (r.status === 'rejected' ? [`${ids[i]}: ${String(r.reason).slice(0, 300)}`] : []));
    // Those the users could not move are reported above; the others must all finish.
    await driver.reach(ids.filter((_, i) => driven[i].status === 'fulfilled'), FINAL_STATUSES);
    figures.fault({ fault: 'api SIGKILL', downMs: restartedAt - killedAt, recoveryMs: since(restartedAt), recoveredTo: 'all proposals final' });

    const checked = {
      ...(await processInvariants(stack, ward.bodyId)),
      oneProposalPerClientKey: await oneProposalPerClientKey(stack, ward.bodyId, nominations.map((n) => n.clientKey)),
      retriesAnswerTheSameProposal,
      drivenToTheEnd,
    };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 600_000);
});
