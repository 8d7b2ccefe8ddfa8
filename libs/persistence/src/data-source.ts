import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Pool size per process. */
  poolSize?: number;
  logging?: boolean;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL ≥ 13; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    // Schema changes go through migrations only (a test checks entities and migrations agree).
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    extra: { max: options.poolSize ?? 10 },
  });
}

// Arbitrary constant identifying "khenthuong migrations" among advisory locks.
const MIGRATION_LOCK_KEY = 720_410_2024;

/** Runs pending migrations under a PostgreSQL advisory lock, so several processes may boot at once. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
