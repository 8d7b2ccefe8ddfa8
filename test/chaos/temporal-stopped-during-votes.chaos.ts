import { eventually } from '../support/stack';
import { ChaosStack } from './support/chaos-stack';
import { ScenarioFigures } from './support/figures';
import { noViolations, processInvariants } from './support/invariants';
import { FINAL_STATUSES, since, WardDriver } from './support/ward-driver';

const PROPOSALS = 10;

describe('chaos: Temporal stopped while the council votes', () => {
  let stack: ChaosStack;

  beforeAll(async () => {
    stack = await ChaosStack.start('temporal-stopped-during-votes', { postingSeconds: 3 });
  }, 120_000);
  afterAll(() => stack?.close());

  it('keeps every vote once and closes every proposal when Temporal comes back, answering 503 meanwhile', async () => {
    const figures = new ScenarioFigures('Temporal stopped during votes');
    const ward = await stack.seedWard();
    const driver = new WardDriver(stack, ward);
    const ids: string[] = [];
    for (const n of driver.nominations(PROPOSALS, null)) ids.push(await driver.submit(n));
    await driver.reach(ids, ['SUBMITTED']);
    await driver.completeAll(ids);
    await driver.reach(ids, ['IN_COUNCIL_REVIEW']);

    const voting = Promise.allSettled(ids.map((id) => driver.vote(id)));
    await eventually(async () => {
      const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM proposal_vote WHERE body_id = $1`, [ward.bodyId]);
      return row.n > 0 ? true : undefined;
    }, 'a first vote recorded');
    const stoppedAt = Date.now();
    await stack.stopTemporal();
    // Back once users have met the outage (a vote refused or failed), not after a fixed time.
    const seen = async () => Object.values(await driver.failuresSeen()).reduce((a, b) => a + b, 0);
    await eventually(async () => ((await seen()) > 0 ? true : undefined), 'a vote refused during the outage');
    await stack.startTemporal();
    const restartedAt = Date.now();
    figures.notes.answersDuringOutage = await driver.failuresSeen();

    const votes = await voting;
    const drivenToTheEnd = votes.flatMap((r, i) => (r.status === 'rejected' ? [`${ids[i]} votes: ${String(r.reason).slice(0, 300)}`] : []));
    const decided = await Promise.allSettled(ids.filter((_, i) => votes[i].status === 'fulfilled').map((id) => driver.toDecision(id, { vote: false })));
    drivenToTheEnd.push(...decided.flatMap((r) => (r.status === 'rejected' ? [String(r.reason).slice(0, 300)] : [])));
    const finished = await driver.reach(ids, FINAL_STATUSES).then(() => [], (error: Error) => [error.message]);
    figures.fault({ fault: 'Temporal stopped (SIGTERM) during votes', downMs: restartedAt - stoppedAt, recoveryMs: since(restartedAt), recoveredTo: 'all proposals final' });
    figures.notes.unexpectedExits = { api: stack.api.unexpectedExits, worker: stack.worker.unexpectedExits };

    const [votesRecorded] = await stack.db.query(`SELECT count(*)::int AS n FROM proposal_vote WHERE body_id = $1`, [ward.bodyId]);
    const answers = Object.keys(figures.notes.answersDuringOutage as Record<string, number>);
    const checked = {
      ...(await processInvariants(stack, ward.bodyId)),
      everyVoteRecordedOnce: votesRecorded.n === PROPOSALS * 5 ? [] : [`${votesRecorded.n} votes recorded for ${PROPOSALS * 5} cast`],
      outageAnswered503: answers.filter((a) => a !== '503').map((a) => `users saw ${a} during the outage, not 503`),
      drivenToTheEnd,
      allFinalInTime: finished,
    };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 600_000);
});
