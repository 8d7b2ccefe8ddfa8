import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { startTemporalDevServer } from '@khenthuong/temporal/runtime';
import { FakeWorld } from '../../../workflows/test/support/fake-world';
import { runWorkers } from '../../../workflows/test/support/time-skipping';

const root = join(__dirname, '..', '..', '..');

export interface DevServerRig {
  client: Client;
  nativeConnection: NativeConnection;
  world: FakeWorld;
  /** The dev server's process id (null with TEMPORAL_ADDRESS: a server this rig did not start). */
  serverPid: number | null;
  stop(): Promise<void>;
}

/**
 * A real Temporal server (the CLI's dev server, in memory; TEMPORAL_ADDRESS when set), the real
 * workflow bundle with a cache as in production (sized by the caller), and the fake world's activities. Its clock is the
 * wall clock from `anchor`: a benchmark shortens the waits it cannot skip (FakeWorld.fasterDeadlines).
 */
export async function startDevServerRig(anchor: string, maxCachedWorkflows = 2_000): Promise<DevServerRig> {
  const server = process.env.TEMPORAL_ADDRESS ? null : await startTemporalDevServer({ binary: join(root, '.tools', 'temporal-cli', 'bin', 'temporal') });
  const address = process.env.TEMPORAL_ADDRESS ?? server!.address;
  const connection = await Connection.connect({ address });
  const nativeConnection = await NativeConnection.connect({ address });
  const client = new Client({ connection });
  const world = new FakeWorld(new Date(anchor), async () => Date.now(), Date.now());
  world.client = client;
  const workers = await runWorkers(nativeConnection, world, maxCachedWorkflows);
  return {
    client,
    nativeConnection,
    world,
    serverPid: server?.pid ?? null,
    async stop() {
      await workers.stop();
      await nativeConnection.close();
      await connection.close();
      await server?.stop();
    },
  };
}
