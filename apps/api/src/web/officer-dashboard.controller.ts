import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AwardTitle, ruleSetFor, vietnamDateOf, awardDefinition } from '@khenthuong/domain';
import { ProposalStatus } from '@khenthuong/temporal';
import { Roles } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { STATUS_LABEL_VI } from '../common/labels';
import { DashboardRepository } from '../dashboard/dashboard.repository';
import { StuckWorkService } from '../stuck-work/stuck-work.service';
import { OfficerDashboardQuery } from './page-query.dto';
import { PageRenderer } from './page-renderer';
import { ROUND_STATUS_VI } from './round-view';
import { listItem, pager, stuckItem } from './view-models';
import { WebExceptionFilter } from './web-exception.filter';

/** The officer's dashboard: every proposal of the body, filtered and searched without diacritics. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('can-bo')
export class OfficerDashboardController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
    private readonly stuckWork: StuckWorkService,
  ) {}

  @Get('ho-so')
  @Roles('OFFICER')
  async dashboardPage(@Req() req: WebRequest, @Res() res: Response, @Query() query: OfficerDashboardQuery): Promise<void> {
    const actor = req.actor!;
    const page = query.page ?? 1;
    const today = vietnamDateOf(new Date());
    const [result, units, rounds, stuck] = await Promise.all([
      this.dashboard.bodyProposals(actor, { ...query, today }, page),
      this.dashboard.units(actor),
      this.dashboard.rounds(actor),
      this.stuckWork.forBody(actor),
    ]);
    const ruleSet = ruleSetFor(vietnamDateOf(new Date()));
    const option = (value: string, label: string, selected: unknown) => ({ value, label, selected: value === selected });
    await this.pages.send(req, res, 'officer-dashboard', 'Bảng hồ sơ đề nghị khen thưởng', {
      filters: {
        q: query.q ?? '',
        year: query.year ?? '',
        titles: Object.values(AwardTitle).map((t) => option(t, awardDefinition(t, ruleSet).nameVi, query.title)),
        statuses: Object.values(ProposalStatus).map((s) => option(s, STATUS_LABEL_VI[s], query.status)),
        units: units.map((u) => option(u.id, u.name, query.unitId)),
        rounds: rounds.map((r) => option(r.id, r.name, query.roundId)),
        overdue: query.overdue === true,
        sorts: [option('NEWEST', 'Mới nộp trước', query.sort ?? 'NEWEST'), option('DUE', 'Quá hạn trước, rồi hạn gần nhất', query.sort)],
      },
      stuck: stuck.map((item) => stuckItem(item, item.kind === 'ROUND' ? (ROUND_STATUS_VI[item.status] ?? '') : STATUS_LABEL_VI[item.status as ProposalStatus])),
      showDue: true,
      rows: result.rows.map(listItem),
      pager: pager(result, '/can-bo/ho-so', { ...query, overdue: query.overdue ? '1' : undefined }),
    });
  }
}
