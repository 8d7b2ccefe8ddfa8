import { parsePeriodKey } from '@khenthuong/domain';
import type { TargetProgressView } from './plan-progress.service';

/** '1.234,5': numbers as a Vietnamese reader writes them. */
export const viNumber = (value: number | null): string => (value === null ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Short bar label of a period: 'Q1', 'T03', '6T đầu', 'Năm'. */
export function barLabel(periodKey: string): string {
  const slot = parsePeriodKey(periodKey);
  if (!slot) return periodKey;
  if (slot.period === 'QUARTER') return `Q${slot.index}`;
  if (slot.period === 'MONTH') return `T${String(slot.index).padStart(2, '0')}`;
  if (slot.period === 'HALF_YEAR') return slot.index === 1 ? '6T đầu' : '6T cuối';
  return 'Năm';
}

/** A target chart's bars: the value in force (the latest report) of each reported period, in period order. */
export function chartPoints(target: Pick<TargetProgressView, 'history'>): Array<{ label: string; value: number }> {
  const byPeriod = new Map<string, number>();
  for (const h of target.history) if (h.current) byPeriod.set(h.periodKey, h.value);
  return [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => ({ label: barLabel(key), value }));
}
