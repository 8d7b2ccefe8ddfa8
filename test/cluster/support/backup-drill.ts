import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paperPdf, requiredPapersOf } from '../../support/dossier-papers';
import type { Violations } from '../../chaos/support/invariants';
import { FINAL_STATUSES, VOTERS, type Nomination, type WardDriver } from '../../chaos/support/ward-driver';
import type { ClusterStack } from './cluster-stack';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Runs `npm run <script> -- args` as an operator does (the script itself, without npm's build step)
 * without blocking the event loop, so users keep writing meanwhile; resolves with its summary line.
 */
export function runOperatorScript(script: 'backup' | 'restore', args: string[], env: Record<string, string>, log: (line: string) => void): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    // The installation is the one `env` names, never a server the test runner's environment points at.
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    delete inherited.ARCHIVE_DIR;
    const child = spawn(process.execPath, [join(ROOT, 'scripts', `${script}.mjs`), ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer): void => {
      output += d.toString();
      log(d.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      const summary = new RegExp(`^${script} summary: (.*)$`, 'm').exec(output)?.[1];
      if (code === 0 && summary) resolve(JSON.parse(summary) as Record<string, any>);
      else reject(new Error(`npm run ${script} exited ${code}: ${output.slice(-2000)}`));
    });
  });
}

/** One write a user made and was answered for: a submitted proposal or one of its papers. */
export interface Write {
  clientKey: string;
  /** null for the proposal itself. */
  paper: string | null;
  sentAt: number;
  answeredAt: number;
}

/**
 * Unit heads keep submitting proposals (with their papers) and council members keep voting on the
 * proposals in council, until told to stop: the work that runs while the backup is taken.
 */
export class OngoingWork {
  readonly writes: Write[] = [];
  readonly nominations: Nomination[] = [];
  private stopWhen: (writes: Write[]) => boolean = () => false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly driver: WardDriver,
    private readonly inCouncil: string[],
  ) {
    this.loop = this.run();
    // A failed write surfaces where the scenario stops the work, not as an unhandled rejection before.
    this.loop.catch(() => undefined);
  }

  /** Resolves once `enough` holds for the writes answered so far (checked after each cycle). */
  stop(enough: (writes: Write[]) => boolean): Promise<void> {
    this.stopWhen = enough;
    return this.loop;
  }

  private async run(): Promise<void> {
    for (let cycle = 0; !this.stopWhen(this.writes); cycle++) {
      const [n] = this.driver.nominations(1, null);
      this.nominations.push(n);
      await this.submit(n);
      const proposal = this.inCouncil[cycle % this.inCouncil.length];
      const voter = VOTERS[Math.floor(cycle / this.inCouncil.length) % VOTERS.length];
      if (proposal) await this.driver.act(voter, `/api/v1/proposals/${proposal}/votes`, { choice: 'AGREE' });
    }
  }

  private async submit(n: Nomination): Promise<void> {
    const client = await this.driver.as(n.unitHead);
    let sentAt = Date.now();
    const answer = await client.send('POST', '/api/v1/proposals', { ...n.body, clientKey: n.clientKey });
    if (answer.status !== 201 && answer.status !== 200) throw new Error(`submit ${n.clientKey}: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.writes.push({ clientKey: n.clientKey, paper: null, sentAt, answeredAt: Date.now() });
    for (const kind of requiredPapersOf(n.body.title as string)) {
      sentAt = Date.now();
      await attachPaper(this.driver, n, answer.body.id as string, kind);
      this.writes.push({ clientKey: n.clientKey, paper: kind, sentAt, answeredAt: Date.now() });
    }
  }
}

async function attachPaper(driver: WardDriver, n: Nomination, id: string, kind: string): Promise<void> {
  const client = await driver.as(n.unitHead);
  const form = new FormData();
  form.append('kind', kind);
  const paper = paperPdf(`${id}-${kind.toLowerCase()}`);
  form.append('file', new Blob([new Uint8Array(paper.bytes)], { type: paper.type }), paper.name);
  const attached = await client.send('POST', `/api/v1/proposals/${id}/documents`, form);
  if (attached.status !== 201 && attached.status !== 200) throw new Error(`paper ${kind} of ${id}: ${attached.status} ${JSON.stringify(attached.body)}`);
}

/** Which of the writes the (restored) database holds. */
export async function keptWrites(stack: ClusterStack, bodyId: string, writes: Write[]): Promise<Set<Write>> {
  const rows: { client_key: string; kind: string | null }[] = await stack.db.query(
    `SELECT p.client_key, d.kind FROM proposal p LEFT JOIN proposal_document d ON d.proposal_id = p.id
      WHERE p.body_id = $1 AND p.client_key = ANY($2)`,
    [bodyId, writes.map((w) => w.clientKey)],
  );
  const found = new Set(rows.flatMap((r) => [`${r.client_key}/`, `${r.client_key}/${r.kind ?? ''}`]));
  return new Set(writes.filter((w) => found.has(`${w.clientKey}/${w.paper ?? ''}`)));
}

/**
 * The unit head sends a proposal the restore kept again (same client key: the answer is the kept
 * proposal, and a workflow start the backup caught before it reached Temporal is delivered now),
 * then attaches the papers the backup did not hold.
 */
export async function resubmitKept(stack: ClusterStack, driver: WardDriver, n: Nomination): Promise<string> {
  const client = await driver.as(n.unitHead);
  const answer = await client.send('POST', '/api/v1/proposals', { ...n.body, clientKey: n.clientKey });
  if (answer.status !== 200 && answer.status !== 201) throw new Error(`resubmit ${n.clientKey}: ${answer.status} ${JSON.stringify(answer.body)}`);
  const id = answer.body.id as string;
  const rows: { kind: string }[] = await stack.db.query(`SELECT kind FROM proposal_document WHERE proposal_id = $1`, [id]);
  for (const kind of requiredPapersOf(n.body.title as string)) {
    if (!rows.some((r) => r.kind === kind)) await attachPaper(driver, n, id, kind);
  }
  return id;
}

/** Takes an ad-hoc proposal from wherever the restore left it to its end, as its users would. */
export async function finishAdHoc(driver: WardDriver, id: string): Promise<void> {
  const status = async () => (await driver.statuses([id])).get(id)!;
  if ((await status()) === 'SUBMITTED') {
    await driver.act('canbo.vp', `/api/v1/proposals/${id}/complete`);
    await driver.reach([id], ['IN_COUNCIL_REVIEW']);
  }
  if ((await status()) === 'IN_COUNCIL_REVIEW') {
    // Open votes may be cast again: those the backup kept are replaced by the same choice.
    await driver.vote(id);
    await driver.act('chutich', `/api/v1/proposals/${id}/council/close`);
  }
  await driver.reach([id], ['AWAITING_DECISION', ...FINAL_STATUSES], 600_000);
  if ((await status()) === 'AWAITING_DECISION') await driver.act('chutich', `/api/v1/proposals/${id}/decision`, { approve: true });
  await driver.reach([id], FINAL_STATUSES, 600_000);
}

/** Every archived paper and every uploaded dossier file is in the archive folder and hashes to its recorded SHA-256. */
export async function everyDocumentHashes(stack: ClusterStack, bodyId: string): Promise<{ checked: number; problems: Violations }> {
  const rows: { source: string; id: string; sha256: string }[] = await stack.db.query(
    `SELECT 'archived_document' AS source, id, sha256 FROM archived_document WHERE body_id = $1
     UNION ALL SELECT 'proposal_document', id, sha256 FROM proposal_document WHERE body_id = $1`,
    [bodyId],
  );
  const problems: Violations = [];
  for (const row of rows) {
    const bytes = await readFile(join(stack.archiveDir, row.sha256.slice(0, 2), `${row.sha256}.pdf`)).catch(() => null);
    if (!bytes) problems.push(`${row.source} ${row.id}: file missing`);
    else if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) problems.push(`${row.source} ${row.id}: file does not hash to ${row.sha256}`);
  }
  return { checked: rows.length, problems };
}

/** Workflow ids of the ward's proposals and rounds, by their state in Temporal (missing: not started there). */
export async function workflowStates(stack: ClusterStack, bodyId: string): Promise<Map<string, string>> {
  const rows: { workflow_id: string }[] = await stack.db.query(
    `SELECT workflow_id FROM proposal WHERE body_id = $1 UNION SELECT workflow_id FROM round WHERE body_id = $1`,
    [bodyId],
  );
  const states = new Map<string, string>();
  for (const { workflow_id: id } of rows) {
    states.set(id, await stack.temporal.workflow.getHandle(id).describe().then((d) => d.status.name, () => 'MISSING'));
  }
  return states;
}
