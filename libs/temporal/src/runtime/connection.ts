import { Client, Connection } from '@temporalio/client';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
}

/** Connects a Temporal client; the caller owns the connection and closes it on shutdown. */
export async function connectTemporalClient(options: TemporalClientOptions): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address: options.address });
  return { client: new Client({ connection, namespace: options.namespace }), connection };
}
