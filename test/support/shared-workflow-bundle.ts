import { writeFileSync } from 'node:fs';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { bundleWorkflows } from '../../apps/worker/src/temporal/workflow-bundle';

/** Where global-setup tells the suites the run's workflow bundle is. */
export const SHARED_WORKFLOW_BUNDLE_ENV = 'KHENTHUONG_TEST_WORKFLOW_BUNDLE';

/** Bundles the workflow code once for the whole run, as every suite's workers would, into `codePath`. */
export async function writeSharedWorkflowBundle(codePath: string): Promise<void> {
  const { code } = await bundleWorkflows();
  writeFileSync(codePath, code);
  process.env[SHARED_WORKFLOW_BUNDLE_ENV] = codePath;
}

/** The run's shared bundle under Jest; a fresh one when run outside it (benchmarks, a lone script). */
export function workflowBundleForTests(): Promise<WorkflowBundleOption> {
  const codePath = process.env[SHARED_WORKFLOW_BUNDLE_ENV];
  return codePath ? Promise.resolve({ codePath }) : bundleWorkflows();
}
