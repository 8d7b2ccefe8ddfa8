import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AwardTitle, ruleSetFor, vietnamDateOf, awardDefinition } from '@khenthuong/domain';
import { ProposalStatus } from '@khenthuong/temporal';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { STATUS_LABEL_VI } from '../../common/labels';
import { DashboardRepository } from '@khenthuong/persistence';
import { RevocationIdParams } from '../../decisions/decision.dto';
import { DecisionService } from '../../decisions/decision.service';
import { RetryStuckStepDto } from '../../proposals/proposal.dto';
import { StuckWorkService } from '../../stuck-work/stuck-work.service';
import { parseForm } from '../../web/form';
import { answerForm, refuseForm, type FormPage } from '../../web/form-refusal';
import { OfficerDashboardQuery } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { ROUND_STATUS_VI } from '../../rounds/pages/round-view';
import { listItem, pager, stuckItem } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

const DASHBOARD_DONE_VI: Readonly<Record<string, string>> = { RETRY_REVOCATION: 'Đã yêu cầu thực hiện lại việc ban hành quyết định thu hồi.' };

/** The officer's dashboard: every proposal of the body, filtered and searched without diacritics. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('can-bo')
export class OfficerDashboardController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
    private readonly stuckWork: StuckWorkService,
    private readonly decisions: DecisionService,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  @Get('ho-so')
  @Roles('OFFICER')
  dashboardPage(@Req() req: WebRequest, @Res() res: Response, @Query() { done, ...query }: OfficerDashboardQuery): Promise<void> {
    return this.render(req, res, query, { notice: done ? DASHBOARD_DONE_VI[done] : undefined }, 200);
  }

  /** A revocation's corrective decision failed for good: the officer retries it from the dashboard's row. */
  @Post('thu-hoi/:id/thu-lai')
  @Roles('OFFICER')
  async retryRevocation(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RevocationIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(RetryStuckStepDto, body);
    const page: FormPage = {
      doneUrl: '/can-bo/ho-so?done=RETRY_REVOCATION',
      showRefusal: ({ error, errorList, status }) => this.render(req, res, {}, { error, errorList }, status),
    };
    if (!form.ok) return refuseForm(page, form.problems);
    return answerForm(this.errors, req, res, page, () => this.decisions.retryRevocation(req.actor!, id, form.value));
  }

  private async render(req: WebRequest, res: Response, query: Omit<OfficerDashboardQuery, 'done'>, messages: { notice?: string; error?: string; errorList?: string[] }, status: number): Promise<void> {
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
      ...messages,
    }, status);
  }
}
