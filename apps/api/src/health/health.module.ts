import { Module } from '@nestjs/common';
import { HealthQueries } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { StuckWorkModule } from '../stuck-work/stuck-work.module';
import { HealthController } from './health.controller';

@Module({
  imports: [StuckWorkModule],
  controllers: [HealthController],
  providers: [repositoryProvider(HealthQueries)],
})
export class HealthModule {}
