import { proxyActivities } from '@temporalio/workflow';

const { touch } = proxyActivities<{ touch(n: number): Promise<number> }>({ startToCloseTimeout: '10 seconds' });

/** The floor of the round benchmark: one activity and a return, nothing of ours. */
export async function minimalWorkflow(n: number): Promise<number> {
  return touch(n);
}
