import 'reflect-metadata';
import { loadConfigOrExit } from '@khenthuong/platform';
import { startWorkerApp } from './worker.bootstrap';

startWorkerApp(loadConfigOrExit('worker', process.env)).catch((error: unknown) => {
  console.error('worker: failed to start', error);
  process.exit(1);
});
