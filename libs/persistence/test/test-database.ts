import type { DataSource } from 'typeorm';
import { createDataSource } from '../src';

/**
 * The suite's database for one test file: a pool of `poolSize` opened before the file's tests and
 * closed after them. Call it in the `describe` body, before hooks that use the pool.
 */
export function useTestDatabase(poolSize = 2): DataSource {
  const db = createDataSource({ url: process.env.DATABASE_URL!, poolSize });
  beforeAll(() => db.initialize());
  afterAll(() => db.destroy());
  return db;
}
