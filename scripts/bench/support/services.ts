import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, migrate, startEmbeddedPostgres } from '@khenthuong/persistence';
import { findFreePort, startTemporalDevServer } from '@khenthuong/temporal/runtime';

const root = join(__dirname, '..', '..', '..');

export interface BenchServices {
  databaseUrl: string;
  temporalAddress: string;
  stop(): Promise<void>;
}

/**
 * The same real services as the integration suite: DATABASE_URL / TEMPORAL_ADDRESS when set,
 * otherwise a throw-away embedded PostgreSQL and an in-memory Temporal dev server, migrated.
 */
export async function startBenchServices(): Promise<BenchServices> {
  const stops: Array<() => Promise<void>> = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = join(root, '.data', `bench-postgres-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), database: 'khenthuong_bench' });
    stops.push(async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    databaseUrl = pg.url;
  }
  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const temporal = await startTemporalDevServer({ binary: join(root, '.tools', 'temporal-cli', 'bin', 'temporal') });
    stops.push(temporal.stop);
    temporalAddress = temporal.address;
  }
  const dataSource = await createDataSource({ url: databaseUrl, poolSize: 2 }).initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return {
    databaseUrl,
    temporalAddress,
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
