import 'reflect-metadata';
import { ConfigError, loadConfig } from '@khenthuong/platform';
import { startWorkerApp } from './worker.bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`worker: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  await startWorkerApp(config);
}

main().catch((error: unknown) => {
  console.error('worker: failed to start', error);
  process.exit(1);
});
