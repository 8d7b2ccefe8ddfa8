import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { TaskListService } from '../task-list.service';

/** Every signed-in user's start page: what waits for them, across all their roles. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('viec-can-lam')
export class TaskPagesController {
  constructor(
    private readonly tasks: TaskListService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const tasks = await this.tasks.forUser(req.actor!);
    await this.pages.send(req, res, 'tasks', 'Việc cần làm', {
      tasks: tasks.map(({ sortKey: _sortKey, ...t }) => t),
      overdue: tasks.filter((t) => t.due?.overdue).length,
    });
  }
}
