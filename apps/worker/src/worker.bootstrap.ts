import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { createLogger, PinoNestLogger, type AppConfig } from '@khenthuong/platform';
import { installTemporalLogger } from './temporal/temporal-logger';
import { HeartbeatService } from './health/heartbeat.service';
import { HousekeepingService } from './health/housekeeping.service';
import { EmailDispatcher } from './notifications/email-dispatcher';
import { TemporalWorkerRunner } from './temporal/temporal-worker.runner';
import { WorkflowCallDrain } from './temporal/workflow-call.drain';
import { WorkerModule } from './worker.module';

/** Builds and starts the worker application (used by main.ts and by the integration tests). */
export async function startWorkerApp(
  config: AppConfig,
  options: { bundle?: WorkflowBundleOption; maxCachedWorkflows?: number } = {},
): Promise<INestApplicationContext> {
  const logger = createLogger('worker', config.LOG_LEVEL);
  for (const warning of [config.publicBaseUrlWarning(), config.ballotSealKeyWarning()]) if (warning) logger.warn(warning);
  installTemporalLogger(logger);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks();
  await app.get(HeartbeatService).start();
  app.get(HousekeepingService).start();
  await app.get(TemporalWorkerRunner).start(options);
  app.get(WorkflowCallDrain).start();
  app.get(EmailDispatcher).start();
  return app;
}
