import { DomainError, DomainErrorCode } from '../shared/domain-error';
import type { TargetValueKind } from './plan.types';

export interface ReportedPoint {
  /** Share of the year elapsed at the end of the reported period (0 < t ≤ 1). */
  yearFraction: number;
  value: number;
}

/**
 * The value expected at 31 December by linear extrapolation of what was reported.
 * CUMULATIVE (a running total from 1 January): the least-squares line through the origin and the
 * points, so one report at mid-year doubles. LEVEL (a rate, a state): the least-squares line
 * through the points; one point carries unchanged. Null without reports. Several reports of the
 * same period must be reduced to the current one by the caller (corrections replace, not add).
 */
export function forecastYearEnd(points: readonly ReportedPoint[], kind: TargetValueKind): number | null {
  for (const p of points) {
    if (!Number.isFinite(p.value) || !(p.yearFraction > 0 && p.yearFraction <= 1)) {
      throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Điểm số liệu không hợp lệ: ${p.yearFraction} → ${p.value}`);
    }
  }
  if (points.length === 0) return null;
  const last = [...points].sort((a, b) => a.yearFraction - b.yearFraction)[points.length - 1]!;
  if (last.yearFraction === 1) return last.value;
  if (kind === 'CUMULATIVE') {
    // Line through (0, 0): slope = Σ t·v / Σ t².
    const slope = points.reduce((s, p) => s + p.yearFraction * p.value, 0) / points.reduce((s, p) => s + p.yearFraction ** 2, 0);
    return round4(slope);
  }
  const distinct = new Set(points.map((p) => p.yearFraction));
  if (distinct.size < 2) return last.value;
  const n = points.length;
  const meanT = points.reduce((s, p) => s + p.yearFraction, 0) / n;
  const meanV = points.reduce((s, p) => s + p.value, 0) / n;
  const slope = points.reduce((s, p) => s + (p.yearFraction - meanT) * (p.value - meanV), 0) / points.reduce((s, p) => s + (p.yearFraction - meanT) ** 2, 0);
  return round4(meanV + slope * (1 - meanT));
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
