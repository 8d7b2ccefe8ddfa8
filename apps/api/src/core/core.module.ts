import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@khenthuong/persistence';
import { AppConfig } from '@khenthuong/platform';
import { GlobalExceptionFilter } from '../common/global-exception.filter';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { WorkflowCalls } from '../temporal/workflow-calls';
import { archiveStoreProvider, ARCHIVE_STORE } from './archive-store';
import { SHARED_REPOSITORY_PROVIDERS, SHARED_REPOSITORIES } from './shared-repositories';

/** The api's pino logger, for providers that log outside a request. */
export const LOGGER = Symbol('LOGGER');

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every feature module uses and none owns: the configuration, the logger, the one DataSource
 * (migrated at boot, closed at shutdown), the one Temporal client with the outbox of workflow calls,
 * the one archive store, the JSON error filter and the read models several features' pages share.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createDataSource({ url: config.DATABASE_URL }).initialize();
            const applied = await migrate(dataSource);
            if (applied.length) logger.info({ applied }, 'migrations applied');
            return dataSource;
          },
        },
        DataSourceCloser,
        {
          provide: TemporalClientHolder,
          useFactory: async () => {
            const holder = new TemporalClientHolder(config);
            await holder.connect();
            return holder;
          },
        },
        WorkflowCalls,
        archiveStoreProvider,
        { provide: GlobalExceptionFilter, useValue: new GlobalExceptionFilter(logger) },
        ...SHARED_REPOSITORY_PROVIDERS,
      ],
      exports: [AppConfig, LOGGER, DataSource, TemporalClientHolder, WorkflowCalls, ARCHIVE_STORE, GlobalExceptionFilter, ...SHARED_REPOSITORIES],
    };
  }
}
