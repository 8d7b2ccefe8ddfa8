import { TaskListService } from './task-list.service';
import { TaskPagesController } from './pages/task-pages.controller';

/** "Việc cần làm", every user's start page. Spread into AppModule (its TaskListRepository is among the repository providers). */
export const TASK_CONTROLLERS = [TaskPagesController];
export const TASK_PROVIDERS = [TaskListService];
