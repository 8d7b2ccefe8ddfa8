/** Updates whose arguments carry a member's choice. */
const BALLOT_UPDATES = new Set(['castVote', 'recordWrittenVote']);

interface HistoryEvent {
  workflowExecutionUpdateAcceptedEventAttributes?: { acceptedRequest?: { input?: { name?: string; args?: unknown } } };
}

/**
 * A secret ballot keeps who voted apart from what was voted. Temporal's event history holds each
 * Update's arguments, so the archived copy of a secret session's history replaces the arguments of
 * ballot Updates by a marker: the archive never links a member to a choice (the totals are on the
 * proposal's tally). Open-ballot histories are archived as they are.
 */
export function redactSecretBallots(history: unknown): { history: unknown; redacted: number } {
  const events = (history as { events?: HistoryEvent[] })?.events;
  if (!Array.isArray(events)) return { history, redacted: 0 };
  let redacted = 0;
  for (const event of events) {
    const input = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
    if (input?.name && BALLOT_UPDATES.has(input.name) && input.args !== undefined) {
      input.args = { redacted: 'phiếu kín: không lưu nội dung phiếu' };
      redacted++;
    }
  }
  return { history, redacted };
}
