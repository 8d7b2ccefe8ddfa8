import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { addDays, toIsoDate, daysInMonth, type IsoDate } from '../shared/iso-date';
import type { ReportingPeriod } from './plan.types';

/** One reporting slot of a year: '2024-Q1', '2024-M03', '2024-H1', '2024-Y'. */
export interface PeriodSlot {
  key: string;
  year: number;
  period: ReportingPeriod;
  /** 1-based index within the year (month 1–12, quarter 1–4, half 1–2, year 1). */
  index: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** Share of the year elapsed at the slot's end (0 < t ≤ 1), the x of the forecast line. */
  yearFraction: number;
  labelVi: string;
}

const SLOTS_PER_YEAR: Readonly<Record<ReportingPeriod, number>> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };
const MONTHS_PER_SLOT: Readonly<Record<ReportingPeriod, number>> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };
const KEY_PATTERN = /^(\d{4})-(?:M(\d{2})|Q([1-4])|H([12])|Y)$/;

function labelVi(period: ReportingPeriod, index: number, year: number): string {
  switch (period) {
    case 'MONTH':
      return `Tháng ${String(index).padStart(2, '0')}/${year}`;
    case 'QUARTER':
      return `Quý ${['I', 'II', 'III', 'IV'][index - 1]} năm ${year}`;
    case 'HALF_YEAR':
      return `${index === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}`;
    case 'YEAR':
      return `Năm ${year}`;
  }
}

function keyOf(period: ReportingPeriod, index: number, year: number): string {
  switch (period) {
    case 'MONTH':
      return `${year}-M${String(index).padStart(2, '0')}`;
    case 'QUARTER':
      return `${year}-Q${index}`;
    case 'HALF_YEAR':
      return `${year}-H${index}`;
    case 'YEAR':
      return `${year}-Y`;
  }
}

export function periodSlot(year: number, period: ReportingPeriod, index: number): PeriodSlot {
  const count = SLOTS_PER_YEAR[period];
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Kỳ báo cáo không hợp lệ: ${period} ${index}/${year}`);
  }
  const months = MONTHS_PER_SLOT[period];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    key: keyOf(period, index, year),
    year,
    period,
    index,
    startsOn: toIsoDate(year, firstMonth, 1),
    endsOn: toIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    yearFraction: lastMonth / 12,
    labelVi: labelVi(period, index, year),
  };
}

/** Every slot of `year` for `period`, in order. */
export function periodSlots(year: number, period: ReportingPeriod): PeriodSlot[] {
  return Array.from({ length: SLOTS_PER_YEAR[period] }, (_, i) => periodSlot(year, period, i + 1));
}

/** Parses a slot key; null when it is not one, or not one of `period` when given. */
export function parsePeriodKey(key: string, period?: ReportingPeriod): PeriodSlot | null {
  const m = KEY_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const [kind, index]: [ReportingPeriod, number] = m[2] ? ['MONTH', Number(m[2])] : m[3] ? ['QUARTER', Number(m[3])] : m[4] ? ['HALF_YEAR', Number(m[4])] : ['YEAR', 1];
  if (period && period !== kind) return null;
  if (index < 1 || index > SLOTS_PER_YEAR[kind]) return null;
  return periodSlot(year, kind, index);
}

/**
 * Slots whose report is due by `asOf`: the slot ended and `graceDays` calendar days passed. No
 * text fixes a reporting deadline for ward plans; the grace is the plan's setting (not law).
 */
export function dueSlots(year: number, period: ReportingPeriod, asOf: IsoDate, graceDays: number): PeriodSlot[] {
  return periodSlots(year, period).filter((slot) => addDays(slot.endsOn, graceDays) < asOf);
}

/** Due slots without a report: the late reports the officer chases. */
export function lateSlots(year: number, period: ReportingPeriod, asOf: IsoDate, graceDays: number, reportedKeys: Iterable<string>): PeriodSlot[] {
  const reported = new Set(reportedKeys);
  return dueSlots(year, period, asOf, graceDays).filter((slot) => !reported.has(slot.key));
}
