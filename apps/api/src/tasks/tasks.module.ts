import { TaskListRepository } from './task-list.repository';
import { TaskListService } from './task-list.service';
import { TaskPagesController } from './task-pages.controller';

/** "Việc cần làm", every user's start page. Spread into AppModule. */
export const TASK_CONTROLLERS = [TaskPagesController];
export const TASK_PROVIDERS = [TaskListRepository, TaskListService];
