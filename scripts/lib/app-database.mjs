// The application's database for local runs: the embedded PostgreSQL (unless DATABASE_URL points
// elsewhere), migrated, with the demo ward loaded (unless DEMO_DATA=false).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const persistence = require('../../libs/persistence/dist/index.js');
export const { DEMO_USERS, DEMO_PASSWORD } = persistence;

/**
 * Starts the embedded PostgreSQL when DATABASE_URL is not set (registering its stop with the
 * supervisor) and returns the connection URL of the application database.
 */
export async function provideDatabase({ env, dataDir, supervisor, log }) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false };
  const port = Number(env.PG_PORT ?? 54329);
  const pg = await persistence.startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, database: 'khenthuong' });
  supervisor.onStop('PostgreSQL', pg.stop);
  supervisor.handleSignals();
  log(`PostgreSQL (embedded) at 127.0.0.1:${port}, data in ${join(dataDir, 'postgres')}`);
  return { url: pg.url, embedded: true };
}

/** Applies the migrations and, unless DEMO_DATA=false, loads the demo ward. */
export async function prepareDatabase({ url, env, log }) {
  const dataSource = await persistence.createDataSource({ url, poolSize: 2 }).initialize();
  try {
    const applied = await persistence.migrate(dataSource);
    log(`migrations: ${applied.length ? applied.join(', ') : 'up to date'}`);
    if (env.DEMO_DATA !== 'false') {
      await persistence.loadDemoData(dataSource);
      log('demo data of phường Ngô Quyền loaded');
    }
  } finally {
    await dataSource.destroy();
  }
}

export function printWelcome(url, env) {
  console.log(`\nkhenthuong is running: ${url}\nAPI docs: ${url}api/docs\nDemo logins (password "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(16)} ${u.person} — ${u.roles.join(', ')}`);
  if (!env.PUBLIC_BASE_URL) {
    console.log('Note: PUBLIC_BASE_URL is not set, so QR codes and links on issued papers point to localhost; set it to the address citizens use.');
  }
  console.log('Press Ctrl-C to stop.\n');
}

/**
 * Plays the demo scenario (libs/persistence/src/demo/scenario) against the running api in the
 * background: pages serve at once and fill in as it goes (about a minute on a fresh database; a
 * rerun finds everything in place). A failure is logged and leaves the services running.
 */
export function startDemoScenario({ url, baseUrl, env, log, stopping }) {
  if (env.DEMO_DATA === 'false' || env.DEMO_SCENARIO === 'false') return;
  log('demo scenario: recording the demo rounds, dossiers and plan through the api in the background; pages fill in as it goes');
  const started = Date.now();
  const run = async () => {
    const dataSource = await persistence.createDataSource({ url, poolSize: 2 }).initialize();
    try {
      await persistence.runDemoScenario({ baseUrl, dataSource, log: (line) => log(`demo scenario: ${line}`) });
    } finally {
      await dataSource.destroy();
    }
  };
  run().then(
    () => log(`demo scenario: done in ${Math.round((Date.now() - started) / 1000)} s`),
    (error) => {
      if (stopping()) return;
      console.error(`[start] demo scenario FAILED (the services keep running; the next start carries on from where it stopped): ${error instanceof Error ? error.stack : error}`);
    },
  );
}
