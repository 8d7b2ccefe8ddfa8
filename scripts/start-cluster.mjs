#!/usr/bin/env node
// `npm run start:cluster`: the production topology on one machine. PostgreSQL (embedded unless
// DATABASE_URL is set) holds the application and Temporal's databases; the Temporal server (built
// once from the Go module proxy) runs as four services; two workers and two apis run behind a
// reverse proxy on PORT. Processes that die are restarted; Ctrl-C stops everything in order.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { prepareDatabase, printWelcome, provideDatabase } from './lib/app-database.mjs';
import { appEnvironment } from './lib/app-environment.mjs';
import { paths } from './lib/paths.mjs';
import { startReverseProxy } from './lib/reverse-proxy.mjs';
import { createSupervisor, logger } from './lib/supervisor.mjs';
import {
  TEMPORAL_SERVICES,
  buildTemporalServer,
  postgresTarget,
  registerNamespace,
  serviceArgs,
  setupTemporalSchemas,
  temporalServerVersion,
  writeClusterConfig,
} from './lib/temporal-cluster.mjs';

const require = createRequire(import.meta.url);
const { findFreePort, waitForPort } = require('../libs/temporal/dist/runtime/index.js');

const env = process.env;
const dataDir = env.KHENTHUONG_DATA_DIR ?? paths.dataDir;
const clusterDir = join(dataDir, 'temporal-cluster');
const port = Number(env.PORT ?? 3000);
const APPS = 2;
const log = logger('cluster');
const supervisor = createSupervisor(log);
supervisor.handleSignals();

// Who runs where, for operators and the cluster tests (rewritten on every (re)start).
const processes = {};
const recordProcess = (name, child) => {
  processes[name] = child.pid;
  writeFileSync(join(clusterDir, 'processes.json'), JSON.stringify({ launcher: process.pid, processes }, null, 2));
};

try {
  mkdirSync(clusterDir, { recursive: true });
  const version = temporalServerVersion();
  const { server, sqlTool, moduleDir } = buildTemporalServer(version, log);
  const database = await provideDatabase({ env, dataDir, supervisor, log });
  const pg = postgresTarget(database.url);
  await setupTemporalSchemas({ sqlTool, moduleDir, pg, log });
  const cluster = await writeClusterConfig({ moduleDir, clusterDir, pg, shards: Number(env.TEMPORAL_NUM_HISTORY_SHARDS ?? 4) });
  // The first service to start writes the cluster metadata; started together they race for it.
  const [first, ...others] = TEMPORAL_SERVICES;
  const startService = (service) =>
    supervisor.spawnChild(`temporal-${service}`, server, serviceArgs(clusterDir, service), { cwd: clusterDir, restart: true, onStart: recordProcess });
  startService(first);
  await waitForPort(cluster.ports[first], 180_000, () => supervisor.stopping);
  others.forEach(startService);
  log(`Temporal ${version} (${TEMPORAL_SERVICES.join(', ')}) starting, frontend ${cluster.address}`);
  await registerNamespace({
    address: cluster.address,
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    retention: env.TEMPORAL_NAMESPACE_RETENTION ?? '90d',
    log,
    gaveUp: () => supervisor.stopping,
  });
  await prepareDatabase({ url: database.url, env, log });

  const childEnv = await appEnvironment({ env, dataDir, databaseUrl: database.url, temporalAddress: cluster.address, log });
  for (let i = 1; i <= APPS; i++) {
    supervisor.run(`worker-${i}`, join(paths.root, 'apps/worker/dist/main.js'), childEnv, { restart: true, onStart: recordProcess });
  }
  const apiPorts = [];
  for (let i = 1; i <= APPS; i++) {
    // The proxy's own port is still free until the proxy starts: never hand it to an api.
    let apiPort = await findFreePort();
    while (apiPort === port || apiPorts.includes(apiPort)) apiPort = await findFreePort();
    apiPorts.push(apiPort);
    supervisor.run(`api-${i}`, join(paths.root, 'apps/api/dist/main.js'), { ...childEnv, PORT: String(apiPort) }, { restart: true, onStart: recordProcess });
  }
  await Promise.all(apiPorts.map((apiPort) => waitForPort(apiPort, 180_000, () => supervisor.stopping)));
  const proxy = await startReverseProxy({ port, host: env.HOST ?? '127.0.0.1', backends: apiPorts, log });
  supervisor.onStop('proxy', proxy.close);
  log(`proxy on port ${port} → apis on ${apiPorts.join(', ')}`);
  printWelcome(`http://127.0.0.1:${port}/`, env);
} catch (error) {
  console.error(`[cluster] ${error instanceof Error ? error.message : error}`);
  await supervisor.shutdown(1);
}
