import type { DataSource } from 'typeorm';
import { CalendarDayRepository } from '../repositories/calendar-day.repository';
import { estimateYearCalendar, VIETNAM_CALENDAR_DATA, WorkingDayCalendar, type DayOffEntry, type YearCalendarData } from '@khenthuong/domain';

/** A body's own calendar entries (table calendar_day), as the domain's day-off entries. */
export function bodyCalendarEntries(dataSource: DataSource, bodyId: string): Promise<DayOffEntry[]> {
  return new CalendarDayRepository(dataSource).entries(bodyId);
}

/**
 * The built-in yearly data with a body's entries laid over it: an entry replaces the built-in one of
 * the same date; a year without built-in data starts from the statutory estimate (so adding one swap
 * does not drop that year's holidays) and stays flagged estimated.
 */
export function mergeCalendarData(base: readonly YearCalendarData[], extra: readonly DayOffEntry[]): YearCalendarData[] {
  const years = new Map(base.map((y) => [y.year, y]));
  for (const entry of extra) {
    const year = Number(entry.date.slice(0, 4));
    const current = years.get(year) ?? estimateYearCalendar(year);
    const entries = [...current.entries.filter((e) => e.date !== entry.date), entry].sort((a, b) => a.date.localeCompare(b.date));
    years.set(year, { ...current, entries });
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The working-day calendar of one issuing body: Vietnam's public-sector days off plus its own entries. */
export async function loadBodyCalendar(dataSource: DataSource, bodyId: string): Promise<WorkingDayCalendar> {
  return WorkingDayCalendar.vietnam({ data: mergeCalendarData(VIETNAM_CALENDAR_DATA, await bodyCalendarEntries(dataSource, bodyId)) });
}
