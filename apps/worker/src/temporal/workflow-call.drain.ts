import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { markCallDispatched, markCallFailed, pendingCallsOlderThan, pruneDeliveredCalls } from '@khenthuong/persistence';
import { dispatchWorkflowCall } from '@khenthuong/temporal/runtime';
import { LOGGER } from '../worker.tokens';

const INTERVAL_MS = 3_000;
/** A younger call may still be in the hands of the request that stored it. */
const MIN_AGE_SECONDS = 5;
const BATCH = 100;
const KEEP_DELIVERED_DAYS = 30;

/**
 * Delivers the calls to Temporal that committed rows still owe (the api was killed between the
 * commit and the call, or Temporal was down and the client never retried). Each delivery is
 * idempotent, so several workers draining at once, or a late request, start nothing twice.
 */
@Injectable()
export class WorkflowCallDrain implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.drainOnce(), INTERVAL_MS);
    this.timer.unref();
  }

  /** One pass; returns how many calls were delivered. Overlapping passes share the running one. */
  drainOnce(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<number> {
    let delivered = 0;
    try {
      for (const call of await pendingCallsOlderThan(this.dataSource, MIN_AGE_SECONDS, BATCH)) {
        try {
          await dispatchWorkflowCall(this.client, call);
          await markCallDispatched(this.dataSource, call.id);
          delivered += 1;
          this.logger.info({ workflowId: call.workflowId, kind: call.kind, attempts: call.attempts + 1 }, 'owed workflow call delivered');
        } catch (error) {
          this.logger.warn({ err: error, workflowId: call.workflowId, kind: call.kind }, 'owed workflow call not delivered yet');
          await markCallFailed(this.dataSource, call.id, error instanceof Error ? error.message : String(error));
        }
      }
      await pruneDeliveredCalls(this.dataSource, KEEP_DELIVERED_DAYS);
    } catch (error) {
      this.logger.warn({ err: error }, 'workflow call drain failed');
    }
    return delivered;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
