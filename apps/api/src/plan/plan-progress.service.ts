import { Inject, Injectable } from '@nestjs/common';
import { evaluateTarget, parsePeriodKey, type ReportingPeriod, type TargetEvaluation } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { ProgressReportDto } from './plan.dto';
import { PlanProgressRepository, PlanRepository, type PlanReportRow } from '@khenthuong/persistence';
import { actsForBody, PlanService, todayInVietnam } from './plan.service';
import { toTargetView, type TargetView } from './plan.view';
import { checkEvidence, cleanFileName, requireFile, type UploadedBinary } from '../common/uploaded-file';
import { ARCHIVE_STORE } from '../core/archive-store';

/** Injection token of the archive where evidence files are kept (the documents' archive store). */

export interface ReportView {
  id: string;
  targetId: string;
  periodKey: string;
  value: number;
  note: string | null;
  evidence: { sha256: string; mime: string; name: string; sizeBytes: number } | null;
  correctsReportId: string | null;
  reporterName: string;
  reportedAt: string;
}

export interface TargetProgressView extends TargetView {
  currentValue: number | null;
  currentPeriodKey: string | null;
  percent: number | null;
  met: boolean | null;
  forecast: number | null;
  forecastMet: boolean | null;
  latePeriods: Array<{ key: string; label: string }>;
  /** Every report (corrections included), oldest first: the chart's points and the history. */
  history: Array<{ periodKey: string; value: number; reportedAt: string; current: boolean }>;
}

export interface ProgressOverview {
  planId: string;
  year: number;
  asOf: string;
  targets: TargetProgressView[];
  summary: { targets: number; reported: number; met: number; forecastMet: number; lateReports: number };
}

/** Progress reports with their evidence, and the plan's progress overview. */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly reports: PlanProgressRepository,
    private readonly planService: PlanService,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  /**
   * Records a value for a period of a target, with its evidence. The responsible unit's head
   * reports for its own targets; the officer for any. A second report of a period is a correction:
   * a new row that names the one it replaces.
   */
  async report(actor: RequestActor, planId: string, targetId: string, dto: ProgressReportDto, upload: UploadedBinary | undefined): Promise<ReportView> {
    const plan = await this.planService.plan(actor, planId);
    const target = await this.plans.findTarget(actor.bodyId, planId, targetId);
    if (!target) throw new ApiError(ApiErrorCode.NOT_FOUND, `target ${targetId} of plan ${planId}`);
    if (!actsForBody(actor) && actor.unitId !== target.responsible_unit_id) {
      throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit ${actor.unitId} reporting target of ${target.responsible_unit_id}`);
    }
    const slot = parsePeriodKey(dto.periodKey, target.reporting_period as ReportingPeriod);
    if (!slot || slot.year !== plan.year) throw new ApiError(ApiErrorCode.INVALID_PERIOD, `${dto.periodKey} for ${target.reporting_period} ${plan.year}`);
    if (slot.startsOn > todayInVietnam()) throw new ApiError(ApiErrorCode.PERIOD_NOT_STARTED, `${dto.periodKey} starts ${slot.startsOn}`);
    const file = requireFile(upload);
    const { mime } = checkEvidence(file);
    const stored = await this.archive.put(file.buffer);
    const id = await this.reports.insertReport({
      bodyId: actor.bodyId,
      planId,
      targetId,
      periodKey: slot.key,
      value: dto.value,
      note: dto.note ?? null,
      evidence: { sha256: stored.sha256, mime, name: cleanFileName(file.originalname), size: stored.sizeBytes },
      reportedBy: actor.userId,
      reporterUnitId: actor.unitId,
      now: new Date(),
    });
    const rows = await this.reports.listReports(actor.bodyId, planId, targetId);
    return toReportView(rows.find((r) => r.id === id)!);
  }

  async history(actor: RequestActor, planId: string, targetId: string): Promise<ReportView[]> {
    await this.planService.plan(actor, planId);
    if (!(await this.plans.findTarget(actor.bodyId, planId, targetId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `target ${targetId}`);
    return (await this.reports.listReports(actor.bodyId, planId, targetId)).map(toReportView);
  }

  /** The evidence bytes of a report, for whoever may see the plan (a unit head: its own targets). */
  async evidence(actor: RequestActor, planId: string, reportId: string): Promise<{ bytes: Buffer; mime: string; name: string }> {
    const found = await this.reports.findEvidence(actor.bodyId, planId, reportId);
    if (!found || (!actsForBody(actor) && actor.unitId !== found.unit_id)) throw new ApiError(ApiErrorCode.NOT_FOUND, `evidence of report ${reportId}`);
    const bytes = await this.archive.get(found.evidence_sha256);
    if (!bytes) throw new Error(`evidence ${found.evidence_sha256} missing from the archive`);
    return { bytes, mime: found.evidence_mime, name: found.evidence_name };
  }

  async overview(actor: RequestActor, planId: string, asOf: string | undefined): Promise<ProgressOverview> {
    const plan = await this.planService.plan(actor, planId);
    const day = asOf ?? todayInVietnam();
    const [targets, reports] = await Promise.all([this.plans.listTargets(actor.bodyId, planId), this.reports.listReports(actor.bodyId, planId, null)]);
    const views = targets.map((t): TargetProgressView => {
      const own = reports.filter((r) => r.target_id === t.id && new Date(r.reported_at) <= endOfDay(day));
      const view = toTargetView(t);
      const evaluation: TargetEvaluation = evaluateTarget(
        { comparison: view.comparison, targetValue: view.targetValue, valueKind: t.value_kind as 'CUMULATIVE' | 'LEVEL', reportingPeriod: view.reportingPeriod },
        plan.year,
        own.map((r) => ({ periodKey: r.period_key, value: Number(r.value), reportedAt: new Date(r.reported_at) })),
        day,
        plan.report_grace_days,
      );
      const latestIdByPeriod = new Map<string, string>();
      for (const r of own) latestIdByPeriod.set(r.period_key, r.id);
      return {
        ...view,
        currentValue: evaluation.currentValue,
        currentPeriodKey: evaluation.currentPeriodKey,
        percent: evaluation.percent,
        met: evaluation.met,
        forecast: evaluation.forecast,
        forecastMet: evaluation.forecastMet,
        latePeriods: evaluation.latePeriods.map((s) => ({ key: s.key, label: s.labelVi })),
        history: own.map((r) => ({ periodKey: r.period_key, value: Number(r.value), reportedAt: new Date(r.reported_at).toISOString(), current: latestIdByPeriod.get(r.period_key) === r.id })),
      };
    });
    return {
      planId,
      year: plan.year,
      asOf: day,
      targets: views,
      summary: {
        targets: views.length,
        reported: views.filter((v) => v.currentValue !== null).length,
        met: views.filter((v) => v.met === true).length,
        forecastMet: views.filter((v) => v.forecastMet === true).length,
        lateReports: views.reduce((n, v) => n + v.latePeriods.length, 0),
      },
    };
  }
}

const endOfDay = (iso: string): Date => new Date(`${iso}T23:59:59.999+07:00`);

function toReportView(r: PlanReportRow): ReportView {
  return {
    id: r.id,
    targetId: r.target_id,
    periodKey: r.period_key,
    value: Number(r.value),
    note: r.note,
    evidence: r.evidence_sha256 ? { sha256: r.evidence_sha256, mime: r.evidence_mime ?? '', name: r.evidence_name ?? '', sizeBytes: r.evidence_size ?? 0 } : null,
    correctsReportId: r.corrects_report_id,
    reporterName: r.reporter_name,
    reportedAt: new Date(r.reported_at).toISOString(),
  };
}
