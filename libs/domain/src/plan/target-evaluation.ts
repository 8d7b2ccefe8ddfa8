import type { IsoDate } from '../shared/iso-date';
import { parsePeriodKey, lateSlots, type PeriodSlot } from './reporting-period';
import { isTargetMet, progressPercent } from './target-comparison';
import { forecastYearEnd } from './target-forecast';
import type { ReportingPeriod, TargetComparison, TargetValueKind } from './plan.types';

export interface TargetForEvaluation {
  comparison: TargetComparison;
  targetValue: number;
  valueKind: TargetValueKind;
  reportingPeriod: ReportingPeriod;
}

/** One stored report; a correction is a later report of the same period (history is kept). */
export interface TargetReport {
  periodKey: string;
  value: number;
  reportedAt: Date;
}

export interface TargetEvaluation {
  /** The current value: the latest period's latest report; null before the first report. */
  currentValue: number | null;
  currentPeriodKey: string | null;
  percent: number | null;
  met: boolean | null;
  forecast: number | null;
  forecastMet: boolean | null;
  /** Periods ended (plus grace) without a report. */
  latePeriods: PeriodSlot[];
  /** Reports counted, one per period after corrections. */
  periodsReported: number;
}

/** Keeps the latest report of each period: a correction replaces the value it corrects. */
export function currentReportsByPeriod(reports: readonly TargetReport[]): Map<string, TargetReport> {
  const current = new Map<string, TargetReport>();
  for (const r of reports) {
    const seen = current.get(r.periodKey);
    if (!seen || r.reportedAt.getTime() >= seen.reportedAt.getTime()) current.set(r.periodKey, r);
  }
  return current;
}

/** Progress of one target of `year` as of `asOf`: value, % of target, met, year-end forecast, late periods. */
export function evaluateTarget(target: TargetForEvaluation, year: number, reports: readonly TargetReport[], asOf: IsoDate, graceDays: number): TargetEvaluation {
  const current = currentReportsByPeriod(reports.filter((r) => parsePeriodKey(r.periodKey)?.year === year));
  const points = [...current.values()]
    .map((r) => ({ slot: parsePeriodKey(r.periodKey)!, value: r.value }))
    .sort((a, b) => a.slot.yearFraction - b.slot.yearFraction || a.slot.key.localeCompare(b.slot.key));
  const latest = points[points.length - 1];
  const forecast = forecastYearEnd(points.map((p) => ({ yearFraction: p.slot.yearFraction, value: p.value })), target.valueKind);
  return {
    currentValue: latest?.value ?? null,
    currentPeriodKey: latest?.slot.key ?? null,
    percent: latest ? progressPercent(latest.value, target.comparison, target.targetValue) : null,
    met: latest ? isTargetMet(latest.value, target.comparison, target.targetValue) : null,
    forecast,
    forecastMet: forecast === null ? null : isTargetMet(forecast, target.comparison, target.targetValue),
    latePeriods: lateSlots(year, target.reportingPeriod, asOf, graceDays, current.keys()),
    periodsReported: current.size,
  };
}
