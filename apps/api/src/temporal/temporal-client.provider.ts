import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Client, Connection } from '@temporalio/client';
import { connectTemporalClient } from '@khenthuong/temporal/runtime';
import { AppConfig } from '@khenthuong/platform';

/** The api's one Temporal connection, opened at boot and closed at shutdown. */
@Injectable()
export class TemporalClientHolder implements OnApplicationShutdown {
  private connected?: { client: Client; connection: Connection };

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async connect(): Promise<void> {
    this.connected = await connectTemporalClient({ address: this.config.TEMPORAL_ADDRESS, namespace: this.config.TEMPORAL_NAMESPACE });
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
