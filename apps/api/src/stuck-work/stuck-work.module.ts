import { Module } from '@nestjs/common';
import { StuckWorkRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { StuckWorkService } from './stuck-work.service';

/** Proposals and rounds whose workflow step failed or stalled: read by /health, the officer's desk and the task list. */
@Module({
  providers: [repositoryProvider(StuckWorkRepository), StuckWorkService],
  exports: [StuckWorkService, StuckWorkRepository],
})
export class StuckWorkModule {}
