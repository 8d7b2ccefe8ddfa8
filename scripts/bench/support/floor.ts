import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DevServerRig } from './dev-server-rig';
import { inChunks } from './round-run';

const quietLogger = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error, log: () => undefined };

/**
 * The floor of a run: `count` minimal workflows (one activity each) on the same server, from the
 * same process, `parallel` at a time. A round's cost is read as a ratio to it, so the machine's
 * speed and load cancel out.
 */
export class Floor {
  private constructor(
    private readonly rig: DevServerRig,
    private readonly bundle: WorkflowBundleWithSourceMap,
  ) {}

  static async prepare(rig: DevServerRig): Promise<Floor> {
    return new Floor(rig, await bundleWorkflowCode({ workflowsPath: require.resolve('./minimal.workflow'), logger: quietLogger }));
  }

  /** Milliseconds for `count` minimal workflows. */
  async measure(count: number, parallel?: number): Promise<number> {
    const queue = `bench-minimal-${randomUUID()}`;
    const worker = await Worker.create({ connection: this.rig.nativeConnection, taskQueue: queue, workflowBundle: this.bundle, activities: { touch: async (n: number) => n } });
    return worker.runUntil(async () => {
      const started = performance.now();
      await inChunks([...Array(count).keys()], (n) => this.rig.client.workflow.execute('minimalWorkflow', { taskQueue: queue, workflowId: `minimal-${randomUUID()}`, args: [n] }), parallel);
      return performance.now() - started;
    });
  }
}
