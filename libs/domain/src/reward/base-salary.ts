import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { IsoDate, parseIsoDate } from '../shared/iso-date';

export interface BaseSalaryEntry {
  effectiveFrom: IsoDate;
  amountVnd: number;
  citation: string;
  unconfirmed: boolean;
}

/** Mức lương cơ sở, effective-dated (docs/legal.md §6). Later values are data: append a row. */
export const BASE_SALARY_TABLE: readonly BaseSalaryEntry[] = [
  // docs/legal.md gives the amount and date; the decree number is the well-known one, not from docs/legal.md
  { effectiveFrom: '2023-07-01', amountVnd: 1_800_000, citation: 'Nghị định 24/2023/NĐ-CP', unconfirmed: false },
  { effectiveFrom: '2024-07-01', amountVnd: 2_340_000, citation: 'Nghị định 73/2024/NĐ-CP', unconfirmed: false }, // C
  { effectiveFrom: '2026-07-01', amountVnd: 2_530_000, citation: 'Nghị định 161/2026/NĐ-CP', unconfirmed: true },
];

/** The entry in force on `date`. */
export function baseSalaryEntryOn(date: IsoDate, table: readonly BaseSalaryEntry[] = BASE_SALARY_TABLE): BaseSalaryEntry {
  parseIsoDate(date);
  const entry = [...table].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).filter((e) => e.effectiveFrom <= date).pop();
  if (!entry) {
    throw new DomainError(DomainErrorCode.BASE_SALARY_UNKNOWN, `Chưa có dữ liệu mức lương cơ sở áp dụng cho ngày ${date}`);
  }
  return entry;
}

/** Mức lương cơ sở (VND) in force on `date`: 1,800,000 from 01/7/2023; 2,340,000 from 01/7/2024; 2,530,000 from 01/7/2026 (U). */
export function baseSalaryOn(date: IsoDate): number {
  return baseSalaryEntryOn(date).amountVnd;
}
