import { CancellationScope, condition, patched, sleep } from '@temporalio/workflow';

/**
 * Added after runs had started: before it, a wait cancelled its timer when the awaited state came.
 * Asked when a wait begins, so a run recorded before it keeps cancelling its timers on replay.
 */
export const TIMERS_LEFT_TO_FIRE_PATCH = 'timers-left-to-fire';

/**
 * Waits until `done()` holds or `ms` pass; true when `done()` came first (as `condition(fn, ms)`).
 *
 * Unlike `condition(fn, ms)` the timer is not cancelled when `done()` comes first: it is left to fire
 * and is then ignored. A cancellation is a command issued by the waiting side while the handler
 * that changed the state and the main sequence issue theirs in the same activation, and the SDK may
 * split that activation differently when it replays the history than when it ran it live (an update
 * right after a workflow task without commands). The order of those commands then changes and the
 * run stops on a nondeterminism error (docs/architecture.md, "Waits and timers").
 */
export async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  // At least 1 ms: condition(fn, 0) would wait without any timer.
  const timeout = Math.max(1, ms);
  if (!patched(TIMERS_LEFT_TO_FIRE_PATCH)) return condition(done, timeout);
  let fired = false;
  void CancellationScope.nonCancellable(() => sleep(timeout)).then(() => {
    fired = true;
  });
  let doneFirst: boolean | null = null;
  await condition(() => {
    doneFirst = done() ? true : fired ? false : null;
    return doneFirst !== null;
  });
  return doneFirst === true;
}
