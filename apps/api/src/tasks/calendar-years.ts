import { VIETNAM_CALENDAR_DATA, type IsoDate } from '@khenthuong/domain';

/**
 * From October the next year's days off are due: the government announces them in the last quarter
 * (those of 2026 on 16/10/2025), and deadlines running into that year are counted on them.
 */
const NEXT_YEAR_FROM_MONTH = 10;

export interface CalendarYearToRecord {
  year: number;
  /** The last day before the year begins: its deadlines are counted on these days off. */
  dueOn: IsoDate;
}

/**
 * The years whose days off the ward's administrator still has to record: the current year, and the
 * next one from October, when the built-in data only estimates them from the Labour Code (no
 * announcement yet) and the ward has recorded no day of that year itself (docs/calendar.md).
 */
export function calendarYearsToRecord(today: IsoDate, yearsRecordedByWard: readonly number[]): CalendarYearToRecord[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const candidates = month >= NEXT_YEAR_FROM_MONTH ? [year, year + 1] : [year];
  return candidates
    .filter((y) => (VIETNAM_CALENDAR_DATA.find((d) => d.year === y)?.estimated ?? true) && !yearsRecordedByWard.includes(y))
    .map((y) => ({ year: y, dueOn: `${y - 1}-12-31` }));
}
