import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { COMPARISON_SYMBOLS, type TargetComparison } from './plan.types';

/** Values of the plan carry at most 4 decimals (0,08%); comparisons ignore float noise below that. */
const EPSILON = 1e-9;

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `${what} không hợp lệ: ${value}`);
}

/** Whether `value` satisfies "value {comparison} target", e.g. 0,07 < 0,08 for the poverty rate. */
export function isTargetMet(value: number, comparison: TargetComparison, target: number): boolean {
  assertFinite(value, 'Giá trị thực hiện');
  assertFinite(target, 'Giá trị chỉ tiêu');
  const diff = value - target;
  switch (comparison) {
    case 'GTE':
      return diff >= -EPSILON;
    case 'GT':
      return diff > EPSILON;
    case 'LTE':
      return diff <= EPSILON;
    case 'LT':
      return diff < -EPSILON;
    case 'EQ':
      return Math.abs(diff) <= EPSILON;
  }
}

/** True when a smaller value is better (poverty rate, population growth). */
export const lowerIsBetter = (comparison: TargetComparison): boolean => comparison === 'LT' || comparison === 'LTE';

/**
 * Progress towards the target in percent, 0…100 (capped: over-fulfilment reads as met, not 130%).
 * Higher-is-better: value / target. Lower-is-better: 100 when met, else target / value.
 * Equality: the closer of the two to the other.
 */
export function progressPercent(value: number, comparison: TargetComparison, target: number): number {
  assertFinite(value, 'Giá trị thực hiện');
  assertFinite(target, 'Giá trị chỉ tiêu');
  if (isTargetMet(value, comparison, target)) return 100;
  let ratio: number;
  if (lowerIsBetter(comparison)) ratio = value <= 0 ? 1 : target / value;
  else if (comparison === 'EQ') ratio = Math.max(Math.abs(value), Math.abs(target)) === 0 ? 1 : Math.min(value, target) / Math.max(value, target);
  else ratio = target === 0 ? 1 : value / target;
  // A strict comparison not yet met stays below 100 even when the ratio rounds to it.
  return Math.min(99.9, Math.max(0, Math.round(ratio * 1000) / 10));
}

/** '≥ 98 %' — how the plan document and the dashboard print a target. */
export function formatTarget(comparison: TargetComparison, target: number, unitOfMeasure: string): string {
  const number = target.toLocaleString('vi-VN', { maximumFractionDigits: 4 });
  const unit = unitOfMeasure === '%' ? '%' : ` ${unitOfMeasure}`;
  return `${COMPARISON_SYMBOLS[comparison]} ${number}${unit}`;
}
