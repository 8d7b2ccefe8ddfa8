import { Module } from '@nestjs/common';
import { TaskListRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { DecisionsModule } from '../decisions/decisions.module';
import { StuckWorkModule } from '../stuck-work/stuck-work.module';
import { OfficerDashboardController } from './pages/officer-dashboard.controller';
import { TaskPagesController } from './pages/task-pages.controller';
import { TaskListService } from './task-list.service';

/** Where users start: "Việc cần làm" for everyone and the officer's desk (with stuck work and failed revocations). */
@Module({
  imports: [StuckWorkModule, DecisionsModule],
  controllers: [TaskPagesController, OfficerDashboardController],
  providers: [repositoryProvider(TaskListRepository), TaskListService],
})
export class TasksModule {}
