import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDemoPki } from '../libs/documents/src/signing/demo-pki';
import { createDataSource, migrate, startEmbeddedPostgres } from '../libs/persistence/src';
import { findFreePort, startTemporalDevServer } from '../libs/temporal/src/runtime';
import { writeSharedWorkflowBundle } from './support/shared-workflow-bundle';

const root = join(__dirname, '..');

/**
 * Provisions the real services of the integration suite once per run: PostgreSQL (DATABASE_URL or a
 * fresh embedded server), Temporal (TEMPORAL_ADDRESS or an in-memory dev server) and the schema.
 * Values reach the test workers through process.env.
 */
export default async function globalSetup(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  (globalThis as Record<string, unknown>).__khenthuongStops = stops;

  if (!process.env.DATABASE_URL) {
    // One folder per run, so two runs on one machine never share (or wipe) each other's server.
    const dataDir = join(root, '.data', `test-postgres-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), database: 'khenthuong_test' });
    stops.push(async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    process.env.DATABASE_URL = pg.url;
  }
  if (!process.env.TEMPORAL_ADDRESS) {
    const temporal = await startTemporalDevServer({ binary: join(root, '.tools', 'temporal-cli', 'bin', 'temporal') });
    stops.push(temporal.stop);
    process.env.TEMPORAL_ADDRESS = temporal.address;
  }
  process.env.CHROMIUM_PATH ??= '/usr/bin/chromium';
  // The test PKI is made once per machine (idempotent) and signs every paper the suites issue.
  process.env.SIGNING_KEYS_DIR ??= join(root, '.data', 'pki');
  ensureDemoPki(process.env.SIGNING_KEYS_DIR);
  process.env.TEMPORAL_TEST_SERVER_PATH ??= join(root, '.tools', 'temporal-test-server', 'bin', 'temporal-test-server');

  const bundlePath = join(root, '.data', `test-workflow-bundle-${process.pid}.js`);
  await writeSharedWorkflowBundle(bundlePath);
  stops.push(async () => rmSync(bundlePath, { force: true }));

  const dataSource = createDataSource({ url: process.env.DATABASE_URL, poolSize: 2 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
