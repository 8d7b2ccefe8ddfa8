import { Client, Connection, type ConnectionOptions } from '@temporalio/client';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
  /** gRPC interceptors replacing the SDK's default retry (10 attempts of every retryable call). */
  interceptors?: ConnectionOptions['interceptors'];
  channelArgs?: ConnectionOptions['channelArgs'];
}

/** Connects a Temporal client; the caller owns the connection and closes it on shutdown. */
export async function connectTemporalClient(options: TemporalClientOptions): Promise<{ client: Client; connection: Connection }> {
  const { address, interceptors, channelArgs } = options;
  const connection = await Connection.connect({ address, ...(interceptors ? { interceptors } : {}), ...(channelArgs ? { channelArgs } : {}) });
  return { client: new Client({ connection, namespace: options.namespace }), connection };
}
