import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PdfRenderer } from '@khenthuong/documents';
import { ServiceHeartbeatRepository } from '@khenthuong/persistence';
import { LOGGER } from '../worker.tokens';

export const WORKER_HEARTBEAT = 'worker';
const INTERVAL_MS = 15_000;

/** Reports the worker and its browser to the database, where the api's /health reads them. */
@Injectable()
export class HeartbeatService implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PdfRenderer) private readonly pdf: PdfRenderer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), INTERVAL_MS);
    this.timer.unref();
  }

  async beat(): Promise<void> {
    try {
      const browser = await this.pdf.health();
      await new ServiceHeartbeatRepository(this.dataSource).report(WORKER_HEARTBEAT, browser.ok, { browser });
    } catch (error) {
      this.logger.warn({ err: error }, 'heartbeat failed');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (!this.dataSource.isInitialized) return;
    await new ServiceHeartbeatRepository(this.dataSource)
      .reportStopped(WORKER_HEARTBEAT)
      // On a terminal's Ctrl-C PostgreSQL receives the signal too and may already be gone.
      .catch((error: Error) => this.logger.info({ reason: error.message }, 'final heartbeat not written'));
  }
}
