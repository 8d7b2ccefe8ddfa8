import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { awaitingSignerDevice, roundsAwaitingSignerDevice } from '@khenthuong/persistence';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { DashboardRepository } from '@khenthuong/persistence';
import { PageQuery } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { dateTime, listItem, pager } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/** The chairman's signing queue; approving or refusing happens on each proposal's page. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ky-duyet')
export class SigningQueueController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Roles('CHAIRMAN', 'VICE_CHAIRMAN')
  async queue(@Req() req: WebRequest, @Res() res: Response, @Query() query: PageQuery): Promise<void> {
    const result = await this.dashboard.awaitingDecision(req.actor!, query.page ?? 1);
    // Decided, waiting for this signer's approval on their device (a few at most): on the first page, first.
    const firstPage = (query.page ?? 1) === 1;
    const onDevice = firstPage ? await awaitingSignerDevice(this.dataSource, req.actor!.bodyId, req.actor!.userId) : [];
    const roundsOnDevice = firstPage ? await roundsAwaitingSignerDevice(this.dataSource, req.actor!.bodyId, req.actor!.userId) : [];
    await this.pages.send(req, res, 'list', 'Hồ sơ chờ ký quyết định', {
      heading: 'Hồ sơ chờ ký quyết định',
      intro: 'Các hồ sơ đã hết thời gian công khai, chờ Chủ tịch quyết định khen thưởng hoặc không khen thưởng; hồ sơ của một đợt được quyết định cùng danh sách của đợt.',
      caption: 'Hồ sơ chờ ký',
      roundsOnDevice: roundsOnDevice.map((r) => ({ id: r.id, name: r.name, label: r.document_label, expiresAt: dateTime(r.expires_at) })),
      empty: 'Không có hồ sơ nào chờ ký.',
      // A round's dossier is decided with the round's list, on the round's page.
      rows: [
        ...onDevice.map((r) => ({ ...listItem({ ...r, decision_due_on: null, overdue: false }), note: `Đang chờ ông/bà ký số trên thiết bị ký số (hết hạn lúc ${dateTime(r.expires_at)}).` })),
        ...result.rows.map((r) => ({
          ...listItem(r),
          ...(r.round_id ? { note: 'Quyết định cùng danh sách của đợt.', noteHref: `/dot/${r.round_id}#thao-tac-dot` } : {}),
        })),
      ],
      pager: pager(result, '/ky-duyet', query as Record<string, unknown>),
    });
  }
}
