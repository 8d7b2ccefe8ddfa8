import { AwardTitle } from '../awards/award-title';
import { AwardHistoryEntry } from './eligibility.types';

export function hasTitleInYear(history: readonly AwardHistoryEntry[], title: AwardTitle, year: number): boolean {
  return history.some((h) => h.title === title && h.year === year);
}

/** Consecutive years with `title` counted back from `year` inclusive (0 when `year` itself lacks it). */
export function consecutiveYears(history: readonly AwardHistoryEntry[], title: AwardTitle, year: number): number {
  const years = new Set(history.filter((h) => h.title === title).map((h) => h.year));
  let n = 0;
  while (years.has(year - n)) n++;
  return n;
}
