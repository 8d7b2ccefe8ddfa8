import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { PageQuery } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { dateTime, pager } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { NotificationInbox } from '../notification-inbox';

class NotificationIdParams {
  @IsUUID('all', { message: 'Mã thông báo không hợp lệ.' })
  id!: string;
}

/** Every signed-in user's notices: reminders, returns, overdue flags, objections. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('thong-bao')
export class NotificationPagesController {
  constructor(
    private readonly notifications: NotificationInbox,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response, @Query() query: PageQuery): Promise<void> {
    const page = query.page ?? 1;
    const result = await this.notifications.page(req.actor!, page);
    await this.pages.send(req, res, 'notifications', 'Thông báo', {
      rows: result.rows.map((n) => ({
        id: n.id,
        message: n.message,
        at: dateTime(n.created_at),
        iso: new Date(n.created_at).toISOString(),
        unread: n.read_at === null,
        href: n.proposal_id ? `/ho-so/${n.proposal_id}` : n.round_id ? `/dot/${n.round_id}` : null,
      })),
      anyUnread: result.rows.some((n) => n.read_at === null),
      pager: pager({ ...result, page }, '/thong-bao', query as Record<string, unknown>),
    });
  }

  @Post('da-doc-het')
  async markAll(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.notifications.markAllRead(req.actor!);
    res.redirect(303, '/thong-bao');
  }

  @Post(':id/da-doc')
  async markRead(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: NotificationIdParams): Promise<void> {
    if (!(await this.notifications.markRead(req.actor!, id))) throw new ApiError(ApiErrorCode.NOT_FOUND, `notification ${id} not for ${req.actor!.userId}`);
    res.redirect(303, '/thong-bao');
  }
}
