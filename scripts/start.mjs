#!/usr/bin/env node
// `npm start`: provisions the embedded services (unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere),
// migrates, loads the demo ward, runs worker and api, and on Ctrl-C stops all of them in order.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { prepareDatabase, printWelcome, provideDatabase, startDemoScenario } from './lib/app-database.mjs';
import { appEnvironment } from './lib/app-environment.mjs';
import { paths } from './lib/paths.mjs';
import { createSupervisor, logger } from './lib/supervisor.mjs';

const require = createRequire(import.meta.url);
const { startTemporalDevServer, waitForPort } = require('../libs/temporal/dist/runtime/index.js');

const env = process.env;
const dataDir = env.KHENTHUONG_DATA_DIR ?? paths.dataDir;
const port = Number(env.PORT ?? 3000);
const log = logger('start');
const supervisor = createSupervisor(log);
supervisor.handleSignals();

try {
  const database = await provideDatabase({ env, dataDir, supervisor, log });
  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const temporal = await startTemporalDevServer({
      binary: paths.temporalCli,
      dbFile: join(dataDir, 'temporal', 'temporal.db'),
      port: Number(env.TEMPORAL_PORT ?? 7233),
      uiPort: env.TEMPORAL_UI_PORT === '0' ? undefined : Number(env.TEMPORAL_UI_PORT ?? 8233),
    });
    supervisor.onStop('Temporal', temporal.stop);
    temporalAddress = temporal.address;
    log(`Temporal dev server at ${temporalAddress}${env.TEMPORAL_UI_PORT === '0' ? '' : `, UI http://127.0.0.1:${env.TEMPORAL_UI_PORT ?? 8233}`}`);
  }
  await prepareDatabase({ url: database.url, env, log });

  const childEnv = await appEnvironment({ env, dataDir, databaseUrl: database.url, temporalAddress, log });
  supervisor.run('worker', join(paths.root, 'apps/worker/dist/main.js'), childEnv);
  supervisor.run('api', join(paths.root, 'apps/api/dist/main.js'), { ...childEnv, PORT: String(port) });
  await waitForPort(port, 120_000, () => supervisor.stopping);
  printWelcome(`http://127.0.0.1:${port}/`, env);
  startDemoScenario({ url: database.url, baseUrl: `http://127.0.0.1:${port}`, env, log, stopping: () => supervisor.stopping });
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  await supervisor.shutdown(1);
}
