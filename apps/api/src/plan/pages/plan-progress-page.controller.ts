import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { overviewChartSvg, targetChartSvg } from '@khenthuong/documents';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import type { WebRequest } from '../../auth/web-session';
import { PlanIdParams } from '../plan.dto';
import { chartPoints, viNumber } from '../plan-chart';
import { PlanProgressService } from '../plan-progress.service';
import { PlanService } from '../plan.service';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { ProgressPageQuery } from './plan-forms';

const verdict = (met: boolean | null): string => (met === null ? 'Chưa có số liệu' : met ? 'Đạt' : 'Chưa đạt');

/** Progress of every target against plan: one chart each, the overview of all, late reports and the forecast. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ke-hoach/:id/tien-do')
export class PlanProgressPageController {
  constructor(
    private readonly plans: PlanService,
    private readonly progress: PlanProgressService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams, @Query() { asOf }: ProgressPageQuery): Promise<void> {
    const actor = req.actor!;
    const [plan, overview] = await Promise.all([this.plans.plan(actor, id), this.progress.overview(actor, id, asOf)]);
    const targets = overview.targets.map((t) => {
      const points = chartPoints(t);
      return {
        id: t.id,
        ordinal: t.ordinal,
        name: t.name,
        targetText: t.targetText,
        unitName: t.responsibleUnitName,
        current: t.currentValue === null ? 'Chưa có số liệu' : `${viNumber(t.currentValue)} ${t.unitOfMeasure}`,
        percent: t.percent === null ? '—' : `${viNumber(t.percent)}%`,
        verdict: verdict(t.met),
        forecast: t.forecast === null ? '—' : `${viNumber(t.forecast)} ${t.unitOfMeasure}`,
        forecastVerdict: t.forecastMet === null ? '' : t.forecastMet ? 'dự báo đạt' : 'dự báo chưa đạt',
        late: t.latePeriods.map((p) => p.label).join('; '),
        points: points.map((p) => `${p.label}: ${viNumber(p.value)}`).join(', '),
        // Drawn on the server, the same SVG as in the summary report; its text is escaped there.
        chartSvg: targetChartSvg({ points, targetValue: t.targetValue, targetText: t.targetText, forecast: t.forecast }),
      };
    });
    await this.pages.send(req, res, 'plan-progress', `Tiến độ: ${plan.title}`, {
      plan: { id, title: plan.title, year: plan.year },
      asOf: formatShortVietnameseDate(overview.asOf),
      asOfIso: overview.asOf,
      summary: overview.summary,
      overviewSvg: overviewChartSvg(overview.targets.map((t) => ({ label: String(t.ordinal), percent: t.percent === null ? null : Math.min(100, t.percent), met: t.met }))),
      targets,
      lateTargets: targets.filter((t) => t.late !== ''),
      notice: undefined,
    });
  }
}
