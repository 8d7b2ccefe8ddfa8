import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { pruneExpiredSessions } from '@khenthuong/persistence';
import { LOGGER } from '../worker.tokens';

const INTERVAL_MS = 10 * 60 * 1000;

/** Removes expired sessions and old login attempts, so neither table grows without end. */
@Injectable()
export class HousekeepingService implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), INTERVAL_MS);
    this.timer.unref();
  }

  async prune(): Promise<void> {
    try {
      const removed = await pruneExpiredSessions(this.dataSource);
      if (removed.sessions || removed.loginAttempts) this.logger.info(removed, 'expired sessions and login attempts pruned');
    } catch (error) {
      this.logger.warn({ err: error }, 'pruning expired sessions failed');
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
