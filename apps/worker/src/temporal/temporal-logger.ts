import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/** Sends the SDK's own logs through pino (JSON), at WARN and above. The runtime is process-wide: once only. */
export function installTemporalLogger(logger: Logger): void {
  try {
    Runtime.install({
      logger: new DefaultLogger('WARN', (entry) => logger[LEVELS[entry.level]]({ sdk: entry.meta }, entry.message)),
    });
  } catch {
    // Already installed by an earlier worker in this process (tests start several).
  }
}
