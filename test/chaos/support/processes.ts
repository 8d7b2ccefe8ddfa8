import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';

/** Writes a line to the scenario's log (child output and harness events interleaved). */
export type LogSink = (line: string) => void;

export function fileLog(path: string): LogSink {
  return (line) => appendFileSync(path, line.endsWith('\n') ? line : `${line}\n`);
}

/**
 * A built binary (api or worker) run as its own process, supervised like a service with a
 * restart policy: an exit the harness did not cause is logged, counted and followed by a restart,
 * so a crash the suite did not inject shows in the scenario's figures instead of stalling it.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private intended = false;
  unexpectedExits = 0;

  constructor(
    readonly name: string,
    private readonly main: string,
    private readonly env: () => Record<string, string>,
    private readonly log: LogSink,
  ) {}

  get pid(): number {
    if (!this.child?.pid) throw new Error(`${this.name} is not running`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    this.intended = false;
    const child = spawn(process.execPath, [this.main], { env: { ...process.env, ...this.env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (d: Buffer) => this.log(`[${this.name} ${child.pid}] ${d.toString().trimEnd()}`));
    child.stderr!.on('data', (d: Buffer) => this.log(`[${this.name} ${child.pid}] ${d.toString().trimEnd()}`));
    child.once('exit', (code, signal) => {
      this.log(`[harness] ${this.name} ${child.pid} exited (code ${code}, signal ${signal})`);
      if (this.intended || this.child !== child) return;
      this.unexpectedExits++;
      this.start();
    });
  }

  /** Sends the signal and resolves once the process is gone (SIGKILL: a crash; SIGTERM: a stop). */
  async stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.intended = true;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    // A graceful stop that hangs (a server it waits on is down) ends as a crash would.
    const timer = signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  }
}

/** Parent pid and command name of a process, from /proc; null once it is gone. */
function statOf(pid: number): { ppid: number; comm: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    return { ppid, comm };
  } catch {
    return null;
  }
}

/** Direct children of a process whose command name matches. */
export function childrenOf(pid: number, comm: RegExp): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat && stat.ppid === pid && comm.test(stat.comm)) found.push(Number(entry));
  }
  return found;
}

export function isAlive(pid: number): boolean {
  return statOf(pid) !== null;
}

/** Ends a stray process tree we started (a browser left by a killed worker, say). */
export function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
