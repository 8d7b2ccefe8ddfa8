import { readFileSync } from 'node:fs';

/** CPU seconds a process has used so far (user + system), from /proc; 0 when it cannot be read. */
function processCpuSeconds(pid: number): number {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th (clock ticks, 100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export interface CpuMark {
  at: number;
  benchCpu: number;
  serverCpu: number;
}

/**
 * Where a phase's time went: this process (client, worker, workflows, fake activities) against the
 * Temporal server's process. A phase whose time grows faster than either side's CPU waits on the other.
 */
export class CpuSplit {
  private last: CpuMark;
  readonly phases: { phase: string; 'wall s': string; 'bench CPU s': string; 'server CPU s': string }[] = [];

  constructor(private readonly serverPid: number | null) {
    this.last = this.mark();
  }

  private mark(): CpuMark {
    const usage = process.cpuUsage();
    return { at: Date.now(), benchCpu: (usage.user + usage.system) / 1e6, serverCpu: this.serverPid ? processCpuSeconds(this.serverPid) : 0 };
  }

  end(phase: string): void {
    const now = this.mark();
    this.phases.push({
      phase,
      'wall s': ((now.at - this.last.at) / 1000).toFixed(1),
      'bench CPU s': (now.benchCpu - this.last.benchCpu).toFixed(1),
      'server CPU s': this.serverPid ? (now.serverCpu - this.last.serverCpu).toFixed(1) : '—',
    });
    this.last = now;
  }
}
