import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../../../libs/persistence/src';
import { connectTemporalClient, findFreePort, startTemporalDevServer, waitForPort, type RunningTemporalDevServer } from '../../../libs/temporal/src/runtime';
import { eventually, seedIsolatedWard } from '../../support/stack';
import { childrenOf, fileLog, isAlive, killIfAlive, ServiceProcess, type LogSink } from './processes';

const ROOT = join(__dirname, '..', '..', '..');
export const API_MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
export const WORKER_MAIN = join(ROOT, 'apps', 'worker', 'dist', 'main.js');
export const ARCHIVE_VERIFY_MAIN = join(ROOT, 'apps', 'worker', 'dist', 'archive', 'archive-verify.main.js');
const POSTGRES_HOST = join(__dirname, 'postgres-host.mjs');
const TEMPORAL_CLI = join(ROOT, '.tools', 'temporal-cli', 'bin', 'temporal');
const LOG_DIR = join(ROOT, '.artifacts', 'chaos');
const CHROMIUM = /^(chromium|chrome)/;

export interface ChaosStackOptions {
  /** Posting period of the run, short so a scenario reaches the decision quickly. */
  postingSeconds: number;
}

/**
 * The whole product as in production, on free loopback ports: an embedded PostgreSQL, a Temporal
 * dev server keeping its state in a file (so it survives a stop), and the built api and worker as
 * separate processes. Each part can be killed and restarted; close() ends everything it started.
 */
export class ChaosStack {
  readonly log: LogSink;
  readonly logFile: string;
  readonly archiveDir: string;
  db!: DataSource;
  temporal!: Client;
  api!: ServiceProcess;
  worker!: ServiceProcess;
  baseUrl!: string;
  private readonly dir: string;
  private pgPort = 0;
  private temporalPort = 0;
  private apiPort = 0;
  private pg: ChildProcess | null = null;
  private temporalServer: RunningTemporalDevServer | null = null;
  private temporalConnection: Connection | null = null;
  private strays: number[] = [];

  private constructor(
    readonly name: string,
    private readonly options: ChaosStackOptions,
  ) {
    mkdirSync(LOG_DIR, { recursive: true });
    this.logFile = join(LOG_DIR, `${name}.log`);
    rmSync(this.logFile, { force: true });
    this.log = fileLog(this.logFile);
    // PostgreSQL runs as its own system user when we are root: the folder must be reachable by it.
    this.dir = mkdtempSync(join(tmpdir(), 'khenthuong-chaos-'));
    chmodSync(this.dir, 0o755);
    this.archiveDir = join(this.dir, 'archive');
  }

  static async start(name: string, options: ChaosStackOptions): Promise<ChaosStack> {
    for (const main of [API_MAIN, WORKER_MAIN, ARCHIVE_VERIFY_MAIN]) {
      if (!existsSync(main)) throw new Error(`${main} missing: build first (npm run build)`);
    }
    const stack = new ChaosStack(name, options);
    try {
      await stack.boot();
    } catch (error) {
      await stack.close();
      throw error;
    }
    return stack;
  }

  get databaseUrl(): string {
    return `postgres://postgres:khenthuong-dev@127.0.0.1:${this.pgPort}/khenthuong_chaos`;
  }

  get temporalAddress(): string {
    return `127.0.0.1:${this.temporalPort}`;
  }

  /** The environment of the api, the worker and archive:verify, as an operator would set it. */
  serviceEnv(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: this.temporalAddress,
      ARCHIVE_DIR: this.archiveDir,
      CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      POSTING_PERIOD_SECONDS: String(this.options.postingSeconds),
      HOST: '127.0.0.1',
      PORT: String(this.apiPort),
      PUBLIC_BASE_URL: `http://127.0.0.1:${this.apiPort}`,
    };
  }

  private async boot(): Promise<void> {
    [this.pgPort, this.temporalPort, this.apiPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    await this.startPostgres();
    this.db = await createDataSource({ url: this.databaseUrl, poolSize: 3 }).initialize();
    await migrate(this.db);
    await this.startTemporal();
    ({ client: this.temporal, connection: this.temporalConnection } = await connectTemporalClient({ address: this.temporalAddress, namespace: 'default' }));
    this.baseUrl = `http://127.0.0.1:${this.apiPort}`;
    this.api = new ServiceProcess('api', API_MAIN, () => this.serviceEnv(), this.log);
    this.worker = new ServiceProcess('worker', WORKER_MAIN, () => this.serviceEnv(), this.log);
    this.worker.start();
    await this.startApi();
  }

  seedWard(): ReturnType<typeof seedIsolatedWard> {
    return seedIsolatedWard(this.db);
  }

  async startApi(): Promise<void> {
    this.api.start();
    // Nest boots in seconds on an idle machine; a loaded CI runner can take a minute or more.
    await waitForPort(this.apiPort, 180_000);
  }

  /** SIGKILL of the worker; its browser would die with its container, so it is ended as well. */
  async killWorker(): Promise<void> {
    const browsers = this.worker.running ? childrenOf(this.worker.pid, CHROMIUM) : [];
    await this.worker.stop('SIGKILL');
    browsers.forEach(killIfAlive);
    this.log('[harness] worker SIGKILLed');
  }

  /** SIGKILL of the worker's browser (the main Chromium process); the worker stays up. */
  killBrowser(): number[] {
    const browsers = childrenOf(this.worker.pid, CHROMIUM);
    browsers.forEach(killIfAlive);
    this.log(`[harness] Chromium ${browsers.join(', ')} SIGKILLed`);
    return browsers;
  }

  private postmasterPid(): number {
    return Number(readFileSync(join(this.dir, 'postgres', 'postmaster.pid'), 'latin1').split('\n')[0]);
  }

  /** SIGKILL of the postmaster, as an out-of-memory kill would; its backends notice and end. */
  async killPostgres(): Promise<void> {
    const postmaster = this.postmasterPid();
    const backends = childrenOf(postmaster, /^postgres/);
    process.kill(postmaster, 'SIGKILL');
    this.strays.push(...backends);
    this.log(`[harness] postmaster ${postmaster} SIGKILLed (${backends.length} backends)`);
    // A new postmaster refuses to start while an old backend still holds the shared memory.
    await eventually(async () => (!isAlive(postmaster) && backends.every((b) => !isAlive(b)) ? true : undefined), 'old PostgreSQL backends to end', 30_000);
    await this.stopPostgres();
  }

  async startPostgres(): Promise<void> {
    const host = spawn(process.execPath, [POSTGRES_HOST, join(this.dir, 'postgres'), String(this.pgPort), 'khenthuong_chaos'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.pg = host;
    host.stderr!.on('data', (d: Buffer) => this.log(`[postgres] ${d.toString().trimEnd()}`));
    await new Promise<void>((resolve, reject) => {
      host.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      host.once('exit', (code) => reject(new Error(`PostgreSQL host exited (${code}) before it was ready; see ${this.logFile}`)));
    });
  }

  private async stopPostgres(): Promise<void> {
    const host = this.pg;
    if (!host || host.exitCode !== null || host.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => host.once('exit', () => resolve()));
    host.kill('SIGTERM');
    await gone;
  }

  /** A clean stop of the Temporal server (its state stays in the database file). */
  async stopTemporal(): Promise<void> {
    await this.temporalServer?.stop();
    this.temporalServer = null;
    this.log('[harness] Temporal stopped');
  }

  async startTemporal(): Promise<void> {
    this.temporalServer = await startTemporalDevServer({
      binary: TEMPORAL_CLI,
      dbFile: join(this.dir, 'temporal', 'temporal.db'),
      port: this.temporalPort,
      log: (l) => this.log(`[temporal] ${l.trimEnd()}`),
    });
  }

  /** `archive:verify` as an operator runs it, against this stack's database and archive. */
  archiveVerify(): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, [ARCHIVE_VERIFY_MAIN], { env: { ...process.env, ...this.serviceEnv() }, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  /** Stops every process the stack started, whatever state the scenario left them in. */
  async close(): Promise<void> {
    const browsers = this.worker?.running ? childrenOf(this.worker.pid, CHROMIUM) : [];
    await this.api?.stop('SIGTERM').catch(() => undefined);
    await this.worker?.stop('SIGTERM').catch(() => undefined);
    browsers.forEach(killIfAlive);
    this.strays.forEach(killIfAlive);
    await this.temporalConnection?.close().catch(() => undefined);
    await this.db?.destroy().catch(() => undefined);
    await this.temporalServer?.stop().catch(() => undefined);
    await this.stopPostgres();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What drivers and invariants need of a running stack (this one, or the cluster of test/cluster). */
export type RunningStack = Pick<ChaosStack, 'db' | 'temporal' | 'baseUrl' | 'archiveVerify'>;
