import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { DashboardRepository, type InboxRow } from '@khenthuong/persistence';
import { PageQuery } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { listItem, pager, VOTE_LABEL_VI } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/** A council member's inbox: proposals before their council, with their own ballot. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('hoi-dong')
export class CouncilInboxController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('COUNCIL_MEMBER')
  async inbox(@Req() req: WebRequest, @Res() res: Response, @Query() query: PageQuery): Promise<void> {
    const result = await this.dashboard.councilInbox(req.actor!, query.page ?? 1);
    const rows = result.rows.map((r) => ({ ...listItem(r), ...ballotNote(r) }));
    await this.pages.send(req, res, 'list', 'Phiếu biểu quyết Hội đồng', {
      heading: 'Hồ sơ Hội đồng đang xét',
      intro: 'Mở từng hồ sơ để xem thành tích và biểu quyết; hồ sơ của một đợt được biểu quyết cùng danh sách của đợt.',
      caption: 'Hồ sơ chờ biểu quyết',
      empty: 'Không có hồ sơ nào đang chờ Hội đồng xét.',
      rows,
      pager: pager(result, '/hoi-dong', query as Record<string, unknown>),
    });
  }
}

/** Where the member stands on a dossier; a round's dossier points to the round's ballot. */
function ballotNote(r: InboxRow): { note: string; noteHref: string | null } {
  if (r.recused) return { note: 'Bạn có tên trong hồ sơ này nên không biểu quyết.', noteHref: null };
  if (r.round_id) {
    return r.round_voted
      ? { note: 'Đã gửi phiếu biểu quyết danh sách của đợt.', noteHref: null }
      : { note: 'Biểu quyết cùng danh sách của đợt.', noteHref: `/dot/${r.round_id}/phieu` };
  }
  return { note: r.my_choice ? `Phiếu của bạn: ${VOTE_LABEL_VI[r.my_choice]}` : 'Bạn chưa biểu quyết.', noteHref: null };
}
