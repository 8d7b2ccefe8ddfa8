import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AwardTitle, awardDefinition, parsePeriodKey, periodSlots, ruleSetFor, type ReportingPeriod } from '@khenthuong/domain';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiErrorCode } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { DashboardRepository } from '@khenthuong/persistence';
import { PlanIdParams, PlanTargetParams, ProgressReportDto, RegisterDto } from '../plan.dto';
import { PlanProgressService } from '../plan-progress.service';
import { PlanService, todayInVietnam } from '../plan.service';
import { parseForm } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { dateTime } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { asDecimal, EvidenceParams, RegisterForm, toRegister } from './plan-forms';
import { viNumber } from './plan-page-support';
import { problemsRefusal, refusalOf, type Refusal } from '../../web/form-refusal';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';

const INVALID = () => ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi;

/** A unit's side of the plan: its registration and the progress reports of its targets. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ke-hoach/:id')
export class PlanUnitPagesController {
  constructor(
    private readonly plans: PlanService,
    private readonly progress: PlanProgressService,
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  @Get('dang-ky')
  @Roles('UNIT_HEAD')
  async registerForm(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    await this.renderRegister(req, res, id, { registrantKind: 'UNIT', titles: [] }, null, 200);
  }

  @Post('dang-ky')
  @Roles('UNIT_HEAD')
  async register(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Body() body: Record<string, unknown>): Promise<void> {
    const values = { ...body, titles: body?.titles === undefined ? [] : ([] as unknown[]).concat(body.titles) };
    const form = await parseForm(RegisterForm, body);
    if (!form.ok) return this.renderRegister(req, res, id, values, problemsRefusal(400, INVALID(), form.problems), 400);
    const dto = await parseForm(RegisterDto, toRegister(form.value));
    if (!dto.ok) return this.renderRegister(req, res, id, values, problemsRefusal(400, INVALID(), dto.problems, { ownTargets: 'ownTargetsText' }), 400);
    try {
      await this.plans.register(req.actor!, id, dto.value);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req, { ownTargets: 'ownTargetsText' });
      return this.renderRegister(req, res, id, values, refusal, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}?done=REGISTERED#dang-ky`);
  }

  @Get('chi-tieu/:targetId/bao-cao')
  @Roles('UNIT_HEAD', 'OFFICER', 'ADMIN')
  async reportForm(@Req() req: WebRequest, @Res() res: Response, @Param() { id, targetId }: PlanTargetParams): Promise<void> {
    await this.renderReport(req, res, id, targetId, {}, null, undefined, 200);
  }

  /** Multipart (the evidence file): parsed by PlanUploadModule's middleware so the CSRF guard sees `_csrf`. */
  @Post('chi-tieu/:targetId/bao-cao')
  @Roles('UNIT_HEAD', 'OFFICER', 'ADMIN')
  async report(@Req() req: UploadRequest, @Res() res: Response, @Param() { id, targetId }: PlanTargetParams, @Body() body: Record<string, unknown>): Promise<void> {
    const values = { ...body };
    try {
      assertUploadRead(req);
      const form = await parseForm(ProgressReportDto, { ...body, value: asDecimal(body?.value) });
      if (!form.ok) return this.renderReport(req, res, id, targetId, values, problemsRefusal(400, INVALID(), form.problems), undefined, 400);
      await this.progress.report(req.actor!, id, targetId, form.value, req.file);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req, { file: 'evidence' });
      if (/FILE|EVIDENCE/.test(this.errors.describe(error, req).code)) refusal.fieldErrors.evidence = [refusal.error];
      return this.renderReport(req, res, id, targetId, values, refusal, undefined, refusal.status);
    }
    res.redirect(303, `/ke-hoach/${id}/chi-tieu/${targetId}/bao-cao?done=REPORTED`);
  }

  @Get('minh-chung/:reportId')
  async evidence(@Req() req: WebRequest, @Res() res: Response, @Param() { id, reportId }: EvidenceParams): Promise<void> {
    const { bytes, mime, name } = await this.progress.evidence(req.actor!, id, reportId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(bytes);
  }

  private async renderRegister(req: WebRequest, res: Response, id: string, values: Record<string, unknown>, refusal: Refusal | null, status: number): Promise<void> {
    const actor = req.actor!;
    const [plan, people, overview] = await Promise.all([this.plans.get(actor, id), this.dashboard.peopleOfUnit(actor), this.plans.registrations(actor, id)]);
    const ruleSet = ruleSetFor(plan.startsOn);
    const chosen = (values.titles as unknown[]) ?? [];
    // Yearly titles of people and collectives, the ward's and those it proposes upward (registration aims at them all).
    const titles = Object.values(AwardTitle)
      .map((t) => awardDefinition(t, ruleSet))
      .filter((d) => d.frequency === 'YEARLY' && d.recipientKinds.some((k) => k === 'INDIVIDUAL' || k === 'COLLECTIVE' || k === 'RESIDENTIAL_GROUP'))
      .map((d) => ({ value: d.title, label: d.nameVi, who: d.recipientKind === 'INDIVIDUAL' ? 'cá nhân' : 'tập thể', checked: chosen.includes(d.title) }));
    await this.pages.send(
      req,
      res,
      'plan-register',
      'Đăng ký thi đua',
      {
        plan: { id, title: plan.title, year: plan.year },
        values,
        kinds: [
          { value: 'UNIT', label: 'Tập thể đơn vị', checked: values.registrantKind !== 'PERSON' },
          { value: 'PERSON', label: 'Cá nhân của đơn vị', checked: values.registrantKind === 'PERSON' },
        ],
        people: people.map((p) => ({ value: p.id, label: p.position ? `${p.full_name} (${p.position})` : p.full_name, selected: values.personId === p.id })),
        titles,
        registered: overview.registrations.map((r) => ({ name: r.registrantName, titles: r.titles.map((t) => awardDefinition(t as never, ruleSet).nameVi).join('; '), late: r.late })),
        ...(refusal ?? {}),
      },
      status,
    );
  }

  private async renderReport(req: WebRequest, res: Response, id: string, targetId: string, values: Record<string, unknown>, refusal: Refusal | null, notice: string | undefined, status: number): Promise<void> {
    const actor = req.actor!;
    const [plan, history] = await Promise.all([this.plans.get(actor, id), this.progress.history(actor, id, targetId)]);
    const target = plan.targets.find((t) => t.id === targetId)!;
    const today = todayInVietnam();
    const slots = periodSlots(plan.year, target.reportingPeriod as ReportingPeriod).filter((s) => s.startsOn <= today);
    const done = req.query.done === 'REPORTED';
    await this.pages.send(
      req,
      res,
      'plan-report',
      `Báo cáo số liệu: ${target.name}`,
      {
        plan: { id, title: plan.title },
        target: { id: targetId, name: target.name, targetText: target.targetText, unitName: target.responsibleUnitName, periodName: target.reportingPeriodName, unitOfMeasure: target.unitOfMeasure },
        values,
        periods: slots.map((s) => ({ value: s.key, label: s.labelVi, selected: values.periodKey === s.key })),
        history: history.map((r) => ({
          period: parsePeriodKey(r.periodKey)?.labelVi ?? r.periodKey,
          value: viNumber(r.value),
          note: r.note,
          corrects: r.correctsReportId !== null,
          reporterName: r.reporterName,
          reportedAt: dateTime(r.reportedAt),
          evidence: r.evidence ? { href: `/ke-hoach/${id}/minh-chung/${r.id}`, name: r.evidence.name } : null,
        })),
        notice: notice ?? (done ? 'Đã ghi nhận số liệu báo cáo.' : undefined),
        ...(refusal ?? {}),
      },
      status,
    );
  }
}
