import { Context } from '@temporalio/activity';

const HEARTBEAT_EVERY_MS = 2_000;

/**
 * Heartbeats while `work` runs, so a crashed worker is noticed after the heartbeat timeout (seconds)
 * instead of the whole start-to-close timeout, and the activity is retried elsewhere.
 */
export async function withHeartbeat<T>(work: () => Promise<T>): Promise<T> {
  let context: Context | null = null;
  try {
    context = Context.current();
  } catch {
    // Called outside an activity (unit tests of the factory): nothing to heartbeat to.
  }
  const timer = context ? setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS) : null;
  try {
    context?.heartbeat();
    return await work();
  } finally {
    if (timer) clearInterval(timer);
  }
}
