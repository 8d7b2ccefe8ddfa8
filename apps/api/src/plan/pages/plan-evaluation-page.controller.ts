import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiErrorCode } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { PlanIdParams } from '../plan.dto';
import { PlanEvaluationService, type CandidateView } from '../plan-evaluation.service';
import { RATINGS_COLUMNS, PlanRatingsService } from '../plan-ratings.service';
import { PlanService } from '../plan.service';
import { parseForm } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { ProposalsDoneQuery, ProposalsForm } from './plan-forms';
import { hasRole } from './plan-page-support';
import { problemsRefusal, refusalOf, type Refusal } from '../../web/form-refusal';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';

interface EvaluationMessages extends Partial<Refusal> {
  notice?: string;
  /** The ratings file's problems, one row each (the upload is refused whole). */
  rowErrors?: Array<{ row: string; messages: string[] }>;
}

/** Year-end evaluation: the ratings file, the candidates it gives, and their proposals into a round. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ke-hoach/:id/danh-gia')
export class PlanEvaluationPageController {
  constructor(
    private readonly plans: PlanService,
    private readonly ratings: PlanRatingsService,
    private readonly evaluation: PlanEvaluationService,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  @Get()
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Query() query: ProposalsDoneQuery): Promise<void> {
    const notice =
      query.ratings === 'IMPORTED'
        ? 'Đã nhập kết quả xếp loại.'
        : query.ratings === 'DUPLICATE'
          ? 'Tệp này đã được nhập trước đây; không nhập lại.'
          : query.created !== undefined
            ? `Đã tạo ${query.created} hồ sơ đề nghị mới (${query.existing ?? 0} hồ sơ đã có từ trước).`
            : undefined;
    await this.render(req, res, id, { notice }, 200);
  }

  /** Multipart (the .xlsx): parsed by PlanUploadModule's middleware so the CSRF guard sees `_csrf`. */
  @Post('xep-loai')
  @Roles('OFFICER', 'ADMIN')
  async importRatings(@Req() req: UploadRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    let result: { duplicate: boolean };
    try {
      assertUploadRead(req);
      result = await this.ratings.import(req.actor!, id, req.file);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      const rowErrors = (this.errors.describe(error, req).errors ?? []).map((e) => ({ row: e.field, messages: e.messages }));
      return this.render(req, res, id, { ...refusal, rowErrors: rowErrors.length ? rowErrors : undefined }, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}/danh-gia?ratings=${result.duplicate ? 'DUPLICATE' : 'IMPORTED'}`);
  }

  @Post('ho-so')
  @Roles('OFFICER')
  async createProposals(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(ProposalsForm, body);
    if (!form.ok) return this.render(req, res, id, problemsRefusal(400, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, form.problems), 400);
    let result: { created: number; existing: number };
    try {
      result = await this.evaluation.createProposals(req.actor!, id, form.value.roundId);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      return this.render(req, res, id, refusal, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}/danh-gia?created=${result.created}&existing=${result.existing}#ung-vien`);
  }

  private async render(req: WebRequest, res: Response, id: string, messages: EvaluationMessages, status: number): Promise<void> {
    const actor = req.actor!;
    const plan = await this.plans.plan(actor, id);
    const [ratings, candidates, rounds] = await Promise.all([this.ratings.list(actor, id), this.evaluation.candidates(actor, id), this.evaluation.openRounds(actor, plan.year)]);
    const row = (c: CandidateView) => ({
      name: c.name,
      titleName: c.titleName,
      kindName: c.kind === 'PERSON' ? 'Cá nhân' : 'Tập thể',
      proposalHref: c.proposalId ? `/ho-so/${c.proposalId}` : null,
      streak: c.consecutiveYears && c.consecutiveYears > 1 ? `${c.consecutiveYears} năm liên tục` : null,
    });
    const proposable = [...candidates.ldtt, ...candidates.cstdcs, ...candidates.ttldtt];
    await this.pages.send(
      req,
      res,
      'plan-evaluation',
      `Đánh giá cuối năm: ${plan.title}`,
      {
        plan: { id, title: plan.title, year: plan.year },
        columns: RATINGS_COLUMNS.join(' | '),
        mayImport: hasRole(actor, 'OFFICER', 'ADMIN'),
        mayPropose: hasRole(actor, 'OFFICER') && proposable.some((c) => !c.proposalId),
        ratings: ratings.map((r) => ({ fullName: r.fullName, unitName: r.unitName, ratingName: r.ratingName, monthsWorked: r.monthsWorked, initiative: r.initiativeRecognised ? 'Có' : 'Không', disciplined: r.disciplined ? 'Có' : 'Không' })),
        groups: [
          { id: 'ldtt', heading: 'Đủ điều kiện "Lao động tiên tiến"', rows: candidates.ldtt.map(row) },
          { id: 'cstdcs', heading: `Đủ điều kiện "Chiến sĩ thi đua cơ sở" (trong tỷ lệ 15%: tối đa ${candidates.cstdcsLimit})`, rows: candidates.cstdcs.map(row) },
          { id: 'cstdcs-vuot', heading: '"Chiến sĩ thi đua cơ sở" vượt tỷ lệ (chưa đề nghị)', rows: candidates.cstdcsOverQuota.map(row) },
          { id: 'ttldtt', heading: 'Đủ điều kiện "Tập thể lao động tiên tiến"', rows: candidates.ttldtt.map(row) },
        ],
        alreadyAwarded: candidates.alreadyAwarded,
        notEligible: candidates.notEligible.map((n) => ({ name: n.name, titleName: n.titleName, reasons: n.reasons.join(' ') })),
        proposableCount: proposable.filter((c) => !c.proposalId).length,
        rounds: rounds.map((r) => ({ value: r.id, label: `${r.name} (hạn ${r.nominationDeadline.split('-').reverse().join('/')})` })),
        ...messages,
      },
      status,
    );
  }
}
