import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactSecretBallots } from './history-redaction';

const stored = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'workflows', 'test', 'histories', `${name}.json`), 'utf8'));

describe('redactSecretBallots (secret ballot: who voted is never linked to what was voted)', () => {
  it('replaces the arguments of every ballot Update of a recorded history, and nothing else', () => {
    const history = stored('proposal-adhoc-overdue-closed');
    const ballotsBefore = JSON.stringify(history).match(/"name": ?"castVote"/g)?.length ?? 0;
    expect(ballotsBefore).toBeGreaterThan(0);
    const otherUpdates = JSON.stringify(history).includes('"markDossierComplete"');

    const { history: redacted, redacted: count } = redactSecretBallots(history);
    const text = JSON.stringify(redacted);
    expect(count).toBe(ballotsBefore);
    expect(text).toContain('phiếu kín: không lưu nội dung phiếu');
    // The choice travelled base64-encoded in the Update's payload; no ballot payload is left.
    const accepted = (redacted as { events: { workflowExecutionUpdateAcceptedEventAttributes?: { acceptedRequest: { input: { name: string; args: unknown } } } }[] }).events
      .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest.input)
      .filter((i) => i?.name === 'castVote');
    expect(accepted.every((i) => JSON.stringify(i!.args).includes('redacted'))).toBe(true);
    expect(text.includes('"markDossierComplete"')).toBe(otherUpdates);
  });

  it('leaves something that is not a history unchanged', () => {
    expect(redactSecretBallots({ nope: 1 })).toEqual({ history: { nope: 1 }, redacted: 0 });
  });
});
