import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows } from '../../apps/worker/src/temporal/workflow-bundle';
import { storedHistories } from './support/histories';

/**
 * Every stored history (one per kind of run: own session, round member, struck, returned and
 * withdrawn, posted with an objection, the round itself) replays against today's workflow code.
 * A change that would break workflows already running fails here; such a change needs patched().
 */
describe('stored histories replay against the current workflow code', () => {
  const histories = storedHistories();
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  });

  it('has a history for each kind of run', () => {
    expect(histories.map((h) => h.name)).toEqual(
      expect.arrayContaining(['proposal-adhoc-overdue-closed', 'proposal-in-round-closed', 'proposal-return-deadline-withdrawn', 'round-year-end-closed']),
    );
  });

  it.each(histories.map((h) => [h.name, h.json] as const))('%s', async (name, json) => {
    await expect(Worker.runReplayHistory({ workflowBundle }, json, name)).resolves.toBeUndefined();
  });
});
