import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScenarioFigures } from '../chaos/support/figures';
import { noViolations, processInvariants } from '../chaos/support/invariants';
import { eventually } from '../support/stack';
import { FINAL_STATUSES, since, WardDriver } from '../chaos/support/ward-driver';
import { everyDocumentHashes, finishAdHoc, keptWrites, OngoingWork, resubmitKept, runOperatorScript, workflowStates } from './support/backup-drill';
import { ClusterStack } from './support/cluster-stack';

/** Long enough that the round is still posted when the backup is taken, short enough for CI. */
const POSTING_SECONDS = 45;
const DECIDED = 3;
const ROUND_SIZE = 8;
const IN_COUNCIL = 4;

const failures = (settled: PromiseSettledResult<unknown>[]): string[] =>
  settled.flatMap((r) => (r.status === 'rejected' ? [String(r.reason).slice(0, 300)] : []));

describe('cluster: a backup taken while work runs, restored into empty folders on fresh ports', () => {
  let original: ClusterStack | undefined;
  let restored: ClusterStack | undefined;
  // PostgreSQL runs as its own system user when we are root: the folders must be reachable by it.
  const drillDir = mkdtempSync(join(tmpdir(), 'khenthuong-drill-'));
  chmodSync(drillDir, 0o755);
  const backupDir = join(drillDir, 'backup');
  const restoredDir = join(drillDir, 'restored');

  beforeAll(async () => {
    original = await ClusterStack.start('backup-restore', { postingSeconds: POSTING_SECONDS });
  }, 45 * 60_000);
  afterAll(async () => {
    const left = [...((await original?.close()) ?? []), ...((await restored?.close()) ?? [])];
    rmSync(drillDir, { recursive: true, force: true });
    expect(left).toEqual([]);
  }, 300_000);

  it('restores the database cluster and the archive to one consistent point, and every open workflow finishes', async () => {
    const figures = new ScenarioFigures('cluster: backup and restore drill');
    const stack = original!;
    figures.notes.bootMs = stack.bootMs;
    const ward = await stack.seedWard();
    let driver = new WardDriver(stack, ward);

    // Decided: ad-hoc proposals through the decision, their papers signed and archived (their
    // posting runs while the round below is prepared).
    const decided: string[] = [];
    for (const n of driver.nominations(DECIDED, null)) decided.push(await driver.submit(n));
    const deciding = Promise.all(decided.map((id) => driver.toDecision(id)));
    // Its failure is thrown where it is awaited, below.
    deciding.catch(() => undefined);
    const { roundId, ids: roundIds } = await driver.roundToBallots(ROUND_SIZE);
    await deciding;
    await driver.reach(decided, ['CLOSED'], 600_000);
    // Posted: a round whose council approved every proposal, in its posting period.
    await driver.act('chutich', `/api/v1/rounds/${roundId}/council/close`);
    await driver.reach(roundIds, ['PUBLICLY_POSTED', 'AWAITING_DECISION']);
    // In council: ad-hoc proposals waiting for votes.
    const inCouncil: string[] = [];
    for (const n of driver.nominations(IN_COUNCIL, null)) inCouncil.push(await driver.submit(n));
    await driver.completeAll(inCouncil);
    await driver.reach(inCouncil, ['IN_COUNCIL_REVIEW']);

    // The backup, while unit heads submit and the council votes; they go on a little after it.
    const work = new OngoingWork(driver, inCouncil);
    await eventually(async () => (work.writes.length >= 2 ? true : undefined), 'users writing before the backup');
    const backupStarted = Date.now();
    const backup = await runOperatorScript('backup', [backupDir], stack.environment, stack.log);
    const backupEnded = Date.now();
    await work.stop((writes) => writes.filter((w) => w.paper === null && w.sentAt > backupEnded).length >= 2);
    // Everything stops (the machine is lost); the original folder goes with it.
    const leftByOriginal = await stack.close();
    original = undefined;

    const restoreStarted = Date.now();
    const restore = await runOperatorScript('restore', [backupDir, restoredDir], {}, stack.log);
    restored = await ClusterStack.start('backup-restore-restored', { postingSeconds: POSTING_SECONDS, dataDir: restoredDir });
    const rtoMs = since(restoreStarted);
    driver = new WardDriver(restored, ward);

    const atRestore = await workflowStates(restored, ward.bodyId);
    const statusesAtRestore: { status: string; n: number }[] = await restored.db.query(
      `SELECT status, count(*)::int AS n FROM proposal WHERE body_id = $1 GROUP BY status ORDER BY status`,
      [ward.bodyId],
    );
    const openAtBackup = [...atRestore].filter(([, state]) => state === 'RUNNING').map(([id]) => id);
    const verifiedAtRestore = restored.archiveVerify();
    const hashesAtRestore = await everyDocumentHashes(restored, ward.bodyId);
    const kept = await keptWrites(restored, ward.bodyId, work.writes);
    const lost = work.writes.filter((w) => !kept.has(w));
    const consistentAt = Date.parse(backup.consistentAt as string);

    // Users carry on: the kept submissions are sent again (their lost papers attached), every open proposal goes to its end.
    const keptKeys = new Set([...kept].map((w) => w.clientKey));
    const resubmitted = await Promise.all(work.nominations.filter((n) => keptKeys.has(n.clientKey)).map((n) => resubmitKept(restored!, driver, n)));
    const adHoc = Promise.allSettled([...inCouncil, ...resubmitted].map((id) => finishAdHoc(driver, id)));
    const round = await driver
      .reach(roundIds, ['AWAITING_DECISION'], 600_000)
      .then(() => driver.reachRound(roundId, 'AWAITING_DECISION'))
      .then(() => driver.act('chutich', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] }))
      .then(() => driver.reachRound(roundId, 'CLOSED', 600_000))
      .then(() => driver.reach(roundIds, FINAL_STATUSES, 600_000))
      .then(
        () => [],
        (error: Error) => [error.message],
      );
    const adHocFailures = failures(await adHoc);
    // A workflow records its final state before its last task completes: give the open ones a bounded while to end.
    const atEnd = await settledWorkflowStates(restored, ward.bodyId, openAtBackup, 120_000);
    const hashesAtEnd = await everyDocumentHashes(restored, ward.bodyId);

    figures.notes.backup = {
      bytes: backup.bytes,
      durationMs: backup.durationMs,
      walSegments: backup.wal.segments,
      archiveFiles: backup.archiveFiles,
    };
    figures.notes.restoreCopyMs = restore.durationMs;
    figures.notes.rtoMs = rtoMs;
    figures.notes.restoredBootMs = restored.bootMs;
    // The work lost by design: what was written after the backup's consistent point.
    figures.notes.rpoMs = lost.length ? Math.max(...lost.map((w) => w.answeredAt)) - consistentAt : null;
    figures.notes.consistentToBackupEndMs = backupEnded - consistentAt;
    figures.notes.writes = { duringDrill: work.writes.length, kept: kept.size, lost: lost.length };
    figures.notes.openWorkflowsAtBackup = openAtBackup.length;
    figures.notes.proposalsAtRestore = Object.fromEntries(statusesAtRestore.map((r) => [r.status, r.n]));
    figures.notes.documentsHashed = hashesAtEnd.checked;

    const checked = {
      leftByOriginal: leftByOriginal.map((pid) => `process ${pid} of the original cluster outlived Ctrl-C`),
      archiveVerifiesAtRestore: verifiedAtRestore.status === 0 ? [] : [`archive:verify exited ${verifiedAtRestore.status}: ${verifiedAtRestore.output.trim()}`],
      documentsHashAtRestore: hashesAtRestore.checked > 0 ? hashesAtRestore.problems : ['no archived document to check'],
      nothingLostBeforeTheBackup: lost.filter((w) => w.answeredAt < backupStarted).map((w) => `${w.clientKey} ${w.paper ?? 'proposal'} answered before the backup began, missing`),
      nothingKeptFromAfterIt: [...kept].filter((w) => w.sentAt > backupEnded).map((w) => `${w.clientKey} ${w.paper ?? 'proposal'} sent after the backup ended, restored`),
      workAfterTheBackupLost: lost.length > 0 ? [] : ['no write after the backup was lost: the drill measured no RPO'],
      workOpenAtBackup: openAtBackup.length >= ROUND_SIZE + IN_COUNCIL + 1 ? [] : [`only ${openAtBackup.length} workflows open at the backup`],
      openWorkflowsCompleted: openAtBackup.filter((id) => atEnd.get(id) !== 'COMPLETED').map((id) => `${id} is ${atEnd.get(id)}`),
      drivenToTheEnd: [...adHocFailures, ...round],
      documentsHashAtEnd: hashesAtEnd.problems,
      ...(await processInvariants(restored, ward.bodyId)),
    };
    figures.publish(checked);
    expect(checked).toEqual(noViolations(checked));
  }, 60 * 60_000);
});

/** The workflows' states once every one of `open` has ended, or when `withinMs` has passed. */
async function settledWorkflowStates(stack: ClusterStack, bodyId: string, open: string[], withinMs: number): Promise<Map<string, string>> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const states = await workflowStates(stack, bodyId);
    if (open.every((id) => states.get(id) !== 'RUNNING') || Date.now() > deadline) return states;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
