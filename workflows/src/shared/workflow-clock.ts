/**
 * The workflow's notion of "now" for history entries. Inside the Temporal sandbox `Date` is replaced by
 * the start time of the current workflow task, which is recorded in the event history: replay-safe and
 * never the wall clock. Deadlines are never computed from it (activities measure those).
 */
export function workflowClock(): string {
  return new Date().toISOString();
}
