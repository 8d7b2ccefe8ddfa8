import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@khenthuong/persistence';
import { AppConfig } from '@khenthuong/platform';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { GlobalExceptionFilter } from './common/global-exception.filter';
import { HealthController } from './health/health.controller';
import { PLAN_CONTROLLERS, PLAN_PROVIDERS } from './plan/plan.module';
import { ProposalController } from './proposals/proposal.controller';
import { ProposalRepository } from './proposals/proposal.repository';
import { ProposalService } from './proposals/proposal.service';
import { TemporalClientHolder } from './temporal/temporal-client.provider';
import { HomeController } from './web/home.controller';

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      controllers: [HomeController, HealthController, AuthController, ProposalController, ...PLAN_CONTROLLERS],
      providers: [
        { provide: AppConfig, useValue: config },
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createDataSource({ url: config.DATABASE_URL }).initialize();
            const applied = await migrate(dataSource);
            if (applied.length) logger.info({ applied }, 'migrations applied');
            return dataSource;
          },
        },
        {
          provide: TemporalClientHolder,
          useFactory: async () => {
            const holder = new TemporalClientHolder(config);
            await holder.connect();
            return holder;
          },
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useValue: new GlobalExceptionFilter(logger) },
        AuthService,
        ProposalRepository,
        ProposalService,
        DataSourceCloser,
        ...PLAN_PROVIDERS,
      ],
    };
  }
}
