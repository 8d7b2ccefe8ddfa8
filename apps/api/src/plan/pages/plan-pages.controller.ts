import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { COMPARISON_SYMBOLS, REPORTING_PERIODS, REPORTING_PERIOD_NAMES_VI, TARGET_COMPARISONS, vietnamDateOf } from '@khenthuong/domain';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiErrorCode } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { DashboardRepository } from '@khenthuong/persistence';
import { CreatePlanDto, CreateTargetDto, PlanIdParams } from '../plan.dto';
import { PlanService } from '../plan.service';
import { parseForm } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { asDecimal, CreatePlanForm, PLAN_DONE_VI, PlanPageQuery, toCreatePlan } from './plan-forms';
import { PlanPageView } from './plan-page.view';
import { hasRole } from './plan-page-support';
import { problemsRefusal, refusalOf, type Refusal } from '../../web/form-refusal';

const TARGET_VALUE_KIND_VI = { CUMULATIVE: 'Cộng dồn từ đầu năm', LEVEL: 'Tại thời điểm (tỷ lệ, trạng thái)' } as const;

/** The officer's plans: the list and a new plan, one plan with its targets and registrations. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ke-hoach')
export class PlanPagesController {
  constructor(
    private readonly plans: PlanService,
    private readonly dashboard: DashboardRepository,
    private readonly view: PlanPageView,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.renderList(req, res, {}, null, 200);
  }

  @Post()
  @Roles('OFFICER', 'ADMIN')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const form = await parseForm(CreatePlanForm, body);
    if (!form.ok) return this.renderList(req, res, values, problemsRefusal(400, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, form.problems), 400);
    const alias = { legalBases: 'legalBasesText', movements: 'movementsText' };
    const plain = toCreatePlan(form.value);
    const dto = await parseForm(CreatePlanDto, plain);
    if (!dto.ok) return this.renderList(req, res, values, problemsRefusal(400, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, dto.problems, alias), 400);
    try {
      const actor = req.actor!;
      // Targets are copied from an earlier plan (the seed's 17, last year's): the pages run no script to add rows.
      const source = form.value.copyTargetsFrom ? await this.plans.get(actor, form.value.copyTargetsFrom) : null;
      const targets = (source?.targets ?? []).map((t) => ({
        name: t.name,
        unitOfMeasure: t.unitOfMeasure,
        targetValue: t.targetValue,
        comparison: t.comparison,
        valueKind: t.valueKind as CreateTargetDto['valueKind'],
        responsibleUnitId: t.responsibleUnitId,
        dataSource: t.dataSource,
        reportingPeriod: t.reportingPeriod,
      }));
      const plan = await this.plans.create(actor, { ...dto.value, targets });
      res.redirect(303, `/ke-hoach/${plan.id}?done=CREATED`);
    } catch (error) {
      await this.renderList(req, res, values, refusalOf(this.errors, error, req, alias), undefined);
    }
  }

  @Get(':id')
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Query() { done }: PlanPageQuery): Promise<void> {
    await this.renderPlan(req, res, id, { notice: done ? PLAN_DONE_VI[done] : undefined }, {}, 200);
  }

  @Post(':id/chi-tieu')
  @Roles('OFFICER', 'ADMIN')
  async addTarget(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Body() body: Record<string, unknown>): Promise<void> {
    const values = { ...body };
    const form = await parseForm(CreateTargetDto, { ...body, targetValue: asDecimal(body?.targetValue) });
    if (!form.ok) return this.renderPlan(req, res, id, problemsRefusal(400, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, form.problems), values, 400);
    try {
      await this.plans.addTarget(req.actor!, id, form.value);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      return this.renderPlan(req, res, id, refusal, values, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}?done=TARGET_ADDED#chi-tieu`);
  }

  @Post(':id/nhac-dang-ky')
  @Roles('OFFICER', 'ADMIN')
  async remind(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    try {
      await this.plans.remind(req.actor!, id, {});
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      return this.renderPlan(req, res, id, refusal, {}, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}?done=REMINDED#dang-ky`);
  }

  private async renderList(req: WebRequest, res: Response, values: Record<string, unknown>, refusal: Refusal | null, status: number | undefined): Promise<void> {
    const actor = req.actor!;
    const plans = await this.plans.list(actor, undefined);
    const year = Number(vietnamDateOf(new Date()).slice(0, 4));
    const latest = plans[0];
    const defaults = { kind: 'YEAR', year, legalBasesText: latest?.legalBases.join('\n') ?? '', movementsText: '', copyTargetsFrom: latest?.id ?? '' };
    const v = { ...defaults, ...values };
    await this.pages.send(
      req,
      res,
      'plan-list',
      'Kế hoạch thi đua',
      {
        plans: plans.map((p) => this.view.planSummary(p)),
        canCreate: hasRole(actor, 'OFFICER', 'ADMIN'),
        values: v,
        kinds: [
          { value: 'YEAR', label: 'Kế hoạch thi đua năm', selected: v.kind === 'YEAR' },
          { value: 'CAMPAIGN', label: 'Đợt thi đua ngắn hạn (chuyên đề)', selected: v.kind === 'CAMPAIGN' },
        ],
        sources: plans.map((p) => ({ value: p.id, label: `${p.title} (${p.year})`, selected: v.copyTargetsFrom === p.id })),
        ...(refusal ?? {}),
      },
      status ?? refusal?.status ?? 200,
    );
  }

  private async renderPlan(req: WebRequest, res: Response, id: string, messages: Partial<Refusal> & { notice?: string }, values: Record<string, unknown>, status: number): Promise<void> {
    const actor = req.actor!;
    const model = await this.view.plan(actor, id);
    const units = hasRole(actor, 'OFFICER', 'ADMIN') ? await this.dashboard.units(actor) : [];
    const pick = (field: string, value: string) => values[field] === value;
    await this.pages.send(
      req,
      res,
      'plan-detail',
      model.plan.title,
      {
        ...model,
        targetForm: {
          values,
          comparisons: TARGET_COMPARISONS.map((c) => ({ value: c, label: COMPARISON_SYMBOLS[c], selected: pick('comparison', c) })),
          valueKinds: (Object.keys(TARGET_VALUE_KIND_VI) as Array<keyof typeof TARGET_VALUE_KIND_VI>).map((k) => ({ value: k, label: TARGET_VALUE_KIND_VI[k], selected: pick('valueKind', k) })),
          periods: REPORTING_PERIODS.map((p) => ({ value: p, label: REPORTING_PERIOD_NAMES_VI[p], selected: pick('reportingPeriod', p) })),
          units: units.map((u) => ({ value: u.id, label: u.name, selected: pick('responsibleUnitId', u.id) })),
        },
        ...messages,
      },
      status,
    );
  }
}
