import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../libs/persistence/src';
import { connectTemporalClient, findFreePort } from '../../../libs/temporal/src/runtime';
import { childrenOf, fileLog, isAlive, killIfAlive, type LogSink } from '../../chaos/support/processes';
import { eventually, GiveUp, seedIsolatedWard } from '../../support/stack';

const ROOT = join(__dirname, '..', '..', '..');
const START_CLUSTER = join(ROOT, 'scripts', 'start-cluster.mjs');
const ARCHIVE_VERIFY_MAIN = join(ROOT, 'apps', 'worker', 'dist', 'archive', 'archive-verify.main.js');
const LOG_DIR = join(ROOT, '.artifacts', 'cluster');
const CHROMIUM = /^(chromium|chrome)/;
/** The first run builds the Temporal server from the Go module proxy (minutes of CPU). */
const BOOT_TIMEOUT_MS = 40 * 60_000;

export interface ClusterStackOptions {
  postingSeconds: number;
  /** A data folder to start from (a restored backup); by default a new empty one. */
  dataDir?: string;
  /** The signing keys every process of the stack uses (SIGNING_KEYS_DIR); by default the environment's. */
  signingKeysDir?: string;
}

/**
 * `npm run start:cluster` as an operator runs it, in a folder of its own on free ports: the test
 * talks to the proxy, reads the database, and kills processes by the ids the launcher records.
 */
export class ClusterStack {
  readonly log: LogSink;
  readonly logFile: string;
  readonly dir: string;
  readonly marker = `KHENTHUONG_CLUSTER_TEST=${randomUUID()}`;
  db!: DataSource;
  temporal!: Client;
  baseUrl!: string;
  bootMs = 0;
  private launcher: ChildProcess | null = null;
  private launcherExit: Promise<number | null> = Promise.resolve(null);
  private temporalConnection: Connection | null = null;
  private port = 0;
  private pgPort = 0;

  private constructor(
    readonly name: string,
    private readonly options: ClusterStackOptions,
  ) {
    mkdirSync(LOG_DIR, { recursive: true });
    this.logFile = join(LOG_DIR, `${name}.log`);
    rmSync(this.logFile, { force: true });
    this.log = fileLog(this.logFile);
    // PostgreSQL runs as its own system user when we are root: the folder must be reachable by it.
    this.dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'khenthuong-cluster-'));
    chmodSync(this.dir, 0o755);
  }

  static async start(name: string, options: ClusterStackOptions): Promise<ClusterStack> {
    const stack = new ClusterStack(name, options);
    try {
      await stack.boot();
    } catch (error) {
      await stack.close();
      throw error;
    }
    return stack;
  }

  get databaseUrl(): string {
    return `postgres://postgres:khenthuong-dev@127.0.0.1:${this.pgPort}/khenthuong`;
  }

  /** The launcher's arguments as an operator gives them: its data folder and ports. */
  get environment(): Record<string, string> {
    return { KHENTHUONG_DATA_DIR: this.dir, PG_PORT: String(this.pgPort), PORT: String(this.port) };
  }

  get archiveDir(): string {
    return join(this.dir, 'archive');
  }

  private async boot(): Promise<void> {
    [this.port, this.pgPort] = [await findFreePort(), await findFreePort()];
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    const [markerName, markerValue] = this.marker.split('=') as [string, string];
    const env: Record<string, string | undefined> = {
      ...process.env,
      KHENTHUONG_DATA_DIR: this.dir,
      PORT: String(this.port),
      PG_PORT: String(this.pgPort),
      DEMO_DATA: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      TEMPORAL_LOG_LEVEL: 'error',
      POSTING_PERIOD_SECONDS: String(this.options.postingSeconds),
      PUBLIC_BASE_URL: this.baseUrl,
      ...(this.options.signingKeysDir ? { SIGNING_KEYS_DIR: this.options.signingKeysDir } : {}),
      [markerName]: markerValue,
    };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    const started = Date.now();
    // A group of its own, so close() can send SIGINT to it as a terminal's Ctrl-C does.
    const launcher = spawn(process.execPath, [START_CLUSTER], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.launcher = launcher;
    this.launcherExit = new Promise((resolve) => launcher.once('exit', (code) => resolve(code)));
    let output = '';
    const collect = (d: Buffer): void => {
      output += d.toString();
      this.log(d.toString());
    };
    launcher.stdout!.on('data', collect);
    launcher.stderr!.on('data', collect);
    await eventually(
      async () => {
        // A launcher that gave up (PostgreSQL would not start on the folder, say) fails the boot at once.
        if (launcher.exitCode !== null) throw new GiveUp(`start-cluster exited early; see ${this.logFile}`);
        return output.includes('khenthuong is running') ? true : undefined;
      },
      'the cluster to start',
      BOOT_TIMEOUT_MS,
    );
    this.bootMs = Date.now() - started;
    this.db = await createDataSource({ url: this.databaseUrl, poolSize: 3 }).initialize();
    const ports = JSON.parse(readFileSync(join(this.dir, 'temporal-cluster', 'ports.json'), 'utf8')) as { frontend: number };
    ({ client: this.temporal, connection: this.temporalConnection } = await connectTemporalClient({ address: `127.0.0.1:${ports.frontend}`, namespace: 'default' }));
  }

  seedWard(): ReturnType<typeof seedIsolatedWard> {
    return seedIsolatedWard(this.db);
  }

  /** Process ids by name (temporal-history, worker-1, api-2 …), as the launcher last recorded them. */
  processes(): Record<string, number> {
    return (JSON.parse(readFileSync(join(this.dir, 'temporal-cluster', 'processes.json'), 'utf8')) as { processes: Record<string, number> }).processes;
  }

  /**
   * SIGKILLs one process (a worker's browser goes with it, as with its container) and resolves
   * with the time the launcher took to start it again.
   */
  async kill(name: string): Promise<{ killedAt: number; restartedAt: number }> {
    const pid = this.processes()[name];
    if (!pid) throw new Error(`no process ${name}`);
    const browsers = childrenOf(pid, CHROMIUM);
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    browsers.forEach(killIfAlive);
    this.log(`[harness] ${name} (${pid}) SIGKILLed`);
    await eventually(async () => (this.processes()[name] !== pid ? true : undefined), `${name} to be restarted`, 60_000);
    return { killedAt, restartedAt: Date.now() };
  }

  /** `archive:verify` as an operator runs it, against the cluster's database and archive. */
  archiveVerify(): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, [ARCHIVE_VERIFY_MAIN], {
      // The keys the launcher gave the workers (its data folder's demo PKI unless the environment names some).
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: this.databaseUrl,
        ARCHIVE_DIR: this.archiveDir,
        SIGNING_KEYS_DIR: this.options.signingKeysDir ?? process.env.SIGNING_KEYS_DIR ?? join(this.dir, 'pki'),
        TEMPORAL_ADDRESS: '127.0.0.1:1',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  /** Processes that carry this stack's marker in their environment (every one the launcher started). */
  leftovers(): number[] {
    const found: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      try {
        if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(this.marker)) found.push(Number(entry));
      } catch {
        // ended meanwhile
      }
    }
    return found;
  }

  /** Ctrl-C to the launcher, as an operator stops it; anything left after that is killed and reported. */
  async close(): Promise<number[]> {
    await this.temporalConnection?.close().catch(() => undefined);
    await this.db?.destroy().catch(() => undefined);
    const launcher = this.launcher;
    if (launcher?.pid && launcher.exitCode === null && launcher.signalCode === null) {
      process.kill(-launcher.pid, 'SIGINT');
      const timer = setTimeout(() => launcher.kill('SIGKILL'), 120_000);
      await this.launcherExit;
      clearTimeout(timer);
    }
    const left = this.leftovers().filter(isAlive);
    left.forEach(killIfAlive);
    if (existsSync(this.dir)) rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
    return left;
  }
}
