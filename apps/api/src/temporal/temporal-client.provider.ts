import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Client, Connection } from '@temporalio/client';
import { boundedIdempotentRetry, connectTemporalClient } from '@khenthuong/temporal/runtime';
import { taskQueues } from '@khenthuong/temporal';
import { AppConfig } from '@khenthuong/platform';

/** The api's one Temporal connection, opened at boot and closed at shutdown. */
@Injectable()
export class TemporalClientHolder implements OnApplicationShutdown {
  private connected?: { client: Client; connection: Connection };

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async connect(): Promise<void> {
    // A person waits on each call: an outage must answer 503 within a second, not after the SDK's long retry.
    this.connected = await connectTemporalClient({
      address: this.config.TEMPORAL_ADDRESS,
      namespace: this.config.TEMPORAL_NAMESPACE,
      interceptors: [boundedIdempotentRetry()],
      // gRPC backs off reconnecting up to 2 minutes; users should be served within seconds of Temporal's return.
      channelArgs: { 'grpc.max_reconnect_backoff_ms': 3_000 },
    });
  }

  /** The queue this deployment's workflows run on (TEMPORAL_TASK_QUEUE_PREFIX). */
  get proposalsQueue(): string {
    return taskQueues(this.config.TEMPORAL_TASK_QUEUE_PREFIX).proposals;
  }

  get client(): Client {
    if (!this.connected) throw new Error('Temporal client used before connect()');
    return this.connected.client;
  }

  /** Cheap round trip to the frontend, for /health. */
  async ping(): Promise<void> {
    await this.client.workflowService.getSystemInfo({});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connected?.connection.close();
  }
}
