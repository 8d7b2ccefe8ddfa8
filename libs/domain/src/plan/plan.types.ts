/** A year's plan (kế hoạch thi đua năm) or a short themed campaign (đợt thi đua ngắn hạn). */
export type PlanKind = 'YEAR' | 'CAMPAIGN';
export type PlanStatus = 'DRAFT' | 'ISSUED' | 'CLOSED';

/** How a reported value is compared with the target value: ≥, ≤, <, >, =. */
export type TargetComparison = 'GTE' | 'LTE' | 'LT' | 'GT' | 'EQ';
export const TARGET_COMPARISONS: readonly TargetComparison[] = ['GTE', 'LTE', 'LT', 'GT', 'EQ'];
export const COMPARISON_SYMBOLS: Readonly<Record<TargetComparison, string>> = { GTE: '≥', LTE: '≤', LT: '<', GT: '>', EQ: '=' };

/** How often the responsible unit reports a target's value. */
export type ReportingPeriod = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';
export const REPORTING_PERIODS: readonly ReportingPeriod[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];
export const REPORTING_PERIOD_NAMES_VI: Readonly<Record<ReportingPeriod, string>> = {
  MONTH: 'Hằng tháng',
  QUARTER: 'Hằng quý',
  HALF_YEAR: '6 tháng',
  YEAR: 'Năm',
};

/**
 * CUMULATIVE: each report is the running total since 1 January (new jobs, people insured);
 * LEVEL: each report is a rate or state at the period's end (poverty rate, schools at standard).
 * The forecast differs: a running total grows from zero, a level carries its trend.
 */
export type TargetValueKind = 'CUMULATIVE' | 'LEVEL';
export const TARGET_VALUE_KINDS: readonly TargetValueKind[] = ['CUMULATIVE', 'LEVEL'];
