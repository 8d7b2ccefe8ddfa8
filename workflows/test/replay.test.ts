import { Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { workflowBundleForTests } from '../../test/support/shared-workflow-bundle';
import { storedHistories } from './support/histories';

/** The patch ids a history recorded (core_patch markers; the id travels as a JSON payload). */
function patchIds(history: unknown): string[] {
  const events = (history as { events: { markerRecordedEventAttributes?: { markerName: string; details: Record<string, { payloads: { data: string }[] }> } }[] }).events;
  return events
    .map((e) => e.markerRecordedEventAttributes)
    .filter((m) => m?.markerName === 'core_patch')
    .map((m) => (JSON.parse(Buffer.from(m!.details['patch-data'].payloads[0].data, 'base64').toString('utf8')) as { id: string }).id);
}

/**
 * Every stored history (one per kind of run: own session, round member, struck, returned and
 * withdrawn, posted with an objection, the round itself) replays against today's workflow code.
 * A change that would break workflows already running fails here; such a change needs patched().
 */
describe('stored histories replay against the current workflow code', () => {
  const histories = storedHistories();
  let workflowBundle: WorkflowBundleOption;
  beforeAll(async () => {
    workflowBundle = await workflowBundleForTests();
  });

  it('has a history for each kind of run, from before and after the papers patch and after the rule-set snapshot', () => {
    const kinds = ['proposal-adhoc-overdue-closed', 'proposal-in-round-closed', 'proposal-return-deadline-withdrawn', 'round-year-end-closed'];
    expect(histories.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        ...kinds,
        ...kinds.map((k) => `${k}.papers`),
        ...kinds.map((k) => `${k}.snapshot`),
        'proposal-needs-attention-retried.snapshot',
        'revocation-issued',
        'revocation-needs-attention-retried.attention',
      ]),
    );
  });

  it('the later set carries the patch markers (so their branch is the one replayed)', () => {
    const patchesOf = (name: string) => patchIds(histories.find((h) => h.name === name)!.json);
    expect(patchesOf('proposal-adhoc-overdue-closed.papers')).toEqual(['papers-of-the-process', 'export-history-on-close']);
    expect(patchesOf('proposal-adhoc-overdue-closed')).toEqual([]);
    expect(patchesOf('proposal-adhoc-overdue-closed.snapshot')).toEqual(['rule-set-snapshot-in-input', 'papers-of-the-process', 'export-history-on-close']);
    expect(patchesOf('round-year-end-closed.snapshot')).toContain('rule-set-snapshot-in-input');
    // A step failed for good and was retried by a person: the run waited instead of failing.
    expect(patchesOf('proposal-needs-attention-retried.snapshot')).toContain('needs-attention-instead-of-failing');
    // A revocation recorded before it had a desk, and one that waited for a person since.
    expect(patchesOf('revocation-issued')).toEqual([]);
    expect(patchesOf('revocation-needs-attention-retried.attention')).toEqual(['needs-attention-instead-of-failing']);
  });

  it('the set recorded after the round changes replays their branches: events in order, compact fan-out, acknowledged decision', () => {
    const patchesOf = (name: string) => patchIds(histories.find((h) => h.name === name)!.json);
    expect(patchesOf('round-year-end-closed.acknowledged')).toEqual(expect.arrayContaining(['round-compact-fan-out', 'round-decides-over-acknowledged']));
    expect(patchesOf('round-year-end-closed.papers')).not.toContain('round-decides-over-acknowledged');
    for (const name of ['proposal-in-round-closed', 'proposal-in-round-struck', 'proposal-in-round-late-result']) {
      expect(patchesOf(`${name}.acknowledged`)).toContain('round-events-in-order');
    }
    expect(patchesOf('proposal-in-round-closed.papers')).not.toContain('round-events-in-order');
  });

  it('the set recorded after waits stopped cancelling their timers replays that branch; the sets before it cancel theirs', () => {
    const named = (name: string) => histories.find((h) => h.name === name)!.json as { events: { timerCanceledEventAttributes?: unknown }[] };
    const cancelled = (name: string) => named(name).events.filter((e) => e.timerCanceledEventAttributes).length;
    for (const name of ['proposal-adhoc-overdue-closed', 'proposal-posting-objection-rejected', 'proposal-return-deadline-withdrawn', 'proposal-in-round-closed', 'round-year-end-closed']) {
      expect(patchIds(named(`${name}.timers`))).toContain('timers-left-to-fire');
      expect(cancelled(`${name}.timers`)).toBe(0);
    }
    expect(cancelled('proposal-adhoc-overdue-closed.snapshot') + cancelled('proposal-posting-objection-rejected.snapshot')).toBeGreaterThan(0);
  });

  it('the secret sessions recorded after ballots were sealed count them in an activity behind its patch; older runs do not', () => {
    const named = (name: string) => histories.find((h) => h.name === name)!.json as { events: { activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }[] };
    const counted = (name: string) => named(name).events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'countSealedBallots').length;
    for (const name of ['round-secret-closed.sealed', 'proposal-adhoc-secret-rejected.sealed']) {
      expect(patchIds(named(name))).toContain('sealed-secret-ballots');
      expect(counted(name)).toBe(1);
    }
    expect(patchIds(named('round-year-end-closed.acknowledged'))).not.toContain('sealed-secret-ballots');
    expect(patchIds(named('proposal-adhoc-overdue-closed.timers'))).not.toContain('sealed-secret-ballots');
  });

  it('the runs recorded after remote signing ask for the signature behind its patch; older runs do not', () => {
    const patchesOf = (name: string) => patchIds(histories.find((h) => h.name === name)!.json);
    const asked = (name: string) =>
      (histories.find((h) => h.name === name)!.json as { events: { activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }[] }).events.filter(
        (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'requestDecisionSignature',
      ).length;
    expect(patchesOf('proposal-remote-signature-approved.remote')).toContain('remote-signing-step');
    expect(asked('proposal-remote-signature-approved.remote')).toBe(1);
    // Two requests expired, a person retried, the third was approved.
    expect(asked('proposal-remote-signature-expired-retried.remote')).toBe(3);
    expect(patchesOf('proposal-adhoc-overdue-closed.timers')).not.toContain('remote-signing-step');
  });

  it('the round recorded after a round\'s decisions could be signed remotely waited for the signature behind its patch; older rounds did not', () => {
    const patchesOf = (name: string) => patchIds(histories.find((h) => h.name === name)!.json);
    const asked = (histories.find((h) => h.name === 'round-remote-signature-approved.round-remote')!.json as {
      events: { activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }[];
    }).events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'requestDecisionSignature').length;
    expect(patchesOf('round-remote-signature-approved.round-remote')).toContain('round-remote-signing');
    expect(asked).toBe(1);
    expect(patchesOf('round-year-end-closed.acknowledged')).not.toContain('round-remote-signing');
  });

  it.each(histories.map((h) => [h.name, h.json] as const))('%s', async (name, json) => {
    await expect(Worker.runReplayHistory({ workflowBundle }, json, name)).resolves.toBeUndefined();
  });
});
