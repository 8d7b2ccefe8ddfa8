import { formatShortVietnameseDate } from '../document-format/vietnamese-date';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { addDays, dayOfWeek, IsoDate, isValidIsoDate, isWeekend, toIsoDate } from '../shared/iso-date';
import { DayOffEntry, DayOffStatus, YearCalendarData } from './calendar-data';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';

export interface HolidayEstimateOptions {
  /**
   * How many of the five Tết days fall before lunar new year's day (the rest from mùng 1 on).
   * Bộ luật Lao động 2019 Điều 112 khoản 3 leaves the choice to the Prime Minister each year; 2
   * matches 2023, 2024 and 2025, 1 matches 2022 and 2026. Not law: an estimate (U).
   */
  tetDaysBeforeNewYear?: number;
}

const DEFAULT_TET_DAYS_BEFORE_NEW_YEAR = 2; // U: practice of recent years, see above
const TET_DAYS = 5; // Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: Tết Âm lịch 05 ngày

const ddmm = (date: IsoDate): string => formatShortVietnameseDate(date, false);

function tetLabel(date: IsoDate): string {
  const l = solarToLunar(date);
  return l.month === 1 ? `mùng ${l.day}` : `${l.day} tháng Chạp`;
}

/**
 * Quốc khánh: 02/9 plus one adjacent day (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ), which
 * the Prime Minister picks each year (khoản 3). Estimate: the adjacent weekday that joins a weekend
 * (Mon 02/9 → 03/9, Tue → 01/9, Thu → 03/9), else the day before (2025 and 2026 practice). U.
 */
function quocKhanhAdjacentDay(year: number): IsoDate {
  const before = toIsoDate(year, 9, 1);
  const after = toIsoDate(year, 9, 3);
  const joinsWeekend = (d: IsoDate, step: number): boolean => !isWeekend(d) && isWeekend(addDays(d, step));
  if (joinsWeekend(after, 1) && !joinsWeekend(before, -1)) return after;
  if (joinsWeekend(before, -1)) return before;
  return isWeekend(before) ? after : before;
}

/** The public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1, for solar year `year`. */
export function statutoryHolidays(year: number, options: HolidayEstimateOptions = {}): { date: IsoDate; occasion: string }[] {
  const before = options.tetDaysBeforeNewYear ?? DEFAULT_TET_DAYS_BEFORE_NEW_YEAR;
  if (!Number.isInteger(before) || before < 0 || before > TET_DAYS - 1) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số ngày nghỉ Tết trước mùng 1 phải là số nguyên từ 0 đến ${TET_DAYS - 1}`);
  }
  const tetStart = addDays(lunarNewYear(year), -before);
  const tet = Array.from({ length: TET_DAYS }, (_, i) => addDays(tetStart, i)).map((date) => ({
    date,
    occasion: `Tết Nguyên đán (${tetLabel(date)})`,
  }));
  const adjacent = quocKhanhAdjacentDay(year);
  return [
    { date: toIsoDate(year, 1, 1), occasion: 'Tết Dương lịch' }, // điểm a
    ...tet, // điểm b
    { date: lunarToSolar({ day: 10, month: 3, year }), occasion: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }, // điểm e
    { date: toIsoDate(year, 4, 30), occasion: 'Ngày Chiến thắng (30/4)' }, // điểm c
    { date: toIsoDate(year, 5, 1), occasion: 'Ngày Quốc tế lao động (01/5)' }, // điểm d
    { date: toIsoDate(year, 9, 2), occasion: 'Quốc khánh (02/9)' }, // điểm đ
    { date: adjacent, occasion: `Quốc khánh (ngày liền kề ${ddmm(adjacent)})` },
  ];
}

/**
 * Adds holidays to a year's entries: a holiday on a weekday is 'H'; one on the weekly rest day is
 * 'HW' and is compensated on the next working day (Bộ luật Lao động 2019, Điều 111 khoản 3), i.e.
 * the next weekday not already off. Holidays are all placed before any compensation is assigned,
 * so a multi-day break (Tết) is compensated after the break.
 */
export function addHolidaysWithCompensation(
  entries: readonly DayOffEntry[],
  holidays: readonly { date: IsoDate; occasion: string; source?: string }[],
): DayOffEntry[] {
  const byDate = new Map(entries.map((x) => [x.date, x]));
  const added: DayOffEntry[] = [];
  for (const h of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (byDate.has(h.date)) continue;
    const entry: DayOffEntry = { date: h.date, status: isWeekend(h.date) ? 'HW' : 'H', occasion: h.occasion };
    if (h.source !== undefined) entry.source = h.source;
    byDate.set(h.date, entry);
    added.push(entry);
  }
  for (const h of added.filter((x) => x.status === 'HW')) {
    let d = addDays(h.date, 1);
    while (isWeekend(d) || (byDate.has(d) && byDate.get(d)?.status !== 'W')) d = addDays(d, 1);
    byDate.set(d, { date: d, status: 'C', occasion: `Nghỉ bù ngày ${ddmm(h.date)}` });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * A year's days off computed from the law and the lunar calendar alone, flagged estimated: used for
 * years whose days off are not announced. No swaps (those are decided yearly by the government).
 */
export function estimateYearCalendar(year: number, options: HolidayEstimateOptions = {}): YearCalendarData {
  return {
    year,
    source: 'Ước tính theo Bộ luật Lao động 2019, Điều 111–112 (chưa có thông báo)',
    estimated: true,
    entries: addHolidaysWithCompensation([], statutoryHolidays(year, options)),
  };
}

const WEEKDAY_STATUSES = new Set(['H', 'C', 'S']);
const WEEKEND_STATUSES = new Set(['HW', 'W']);

/** A day's status in the words of the administrator's calendar page (its messages reach that page). */
const STATUS_WORDS: Readonly<Record<DayOffStatus, string>> = {
  H: 'ngày nghỉ lễ, Tết',
  HW: 'ngày lễ, Tết trùng ngày nghỉ hằng tuần',
  C: 'ngày nghỉ bù',
  S: 'ngày nghỉ hoán đổi',
  W: 'ngày làm bù',
};

/** Problems in (admin-edited) calendar data, in Vietnamese; empty when the data is consistent. */
export function validateCalendarData(data: readonly YearCalendarData[]): string[] {
  const problems: string[] = [];
  const years = new Set<number>();
  for (const y of data) {
    if (years.has(y.year)) problems.push(`Năm ${y.year} xuất hiện nhiều lần`);
    years.add(y.year);
    const dates = new Set<string>();
    for (const x of y.entries) {
      if (!isValidIsoDate(x.date)) {
        problems.push(`Năm ${y.year}: ngày không hợp lệ "${x.date}"`);
        continue;
      }
      const shown = formatShortVietnameseDate(x.date);
      if (Number(x.date.slice(0, 4)) !== y.year) problems.push(`Năm ${y.year}: ngày ${shown} thuộc năm khác`);
      if (dates.has(x.date)) problems.push(`Năm ${y.year}: ngày ${shown} lặp lại`);
      dates.add(x.date);
      const weekend = dayOfWeek(x.date) === 0 || dayOfWeek(x.date) === 6;
      if (weekend && WEEKDAY_STATUSES.has(x.status)) problems.push(`${shown} là ngày nghỉ hằng tuần, không thể là ${STATUS_WORDS[x.status]}`);
      if (!weekend && WEEKEND_STATUSES.has(x.status)) problems.push(`${shown} là ngày làm việc trong tuần, không thể là ${STATUS_WORDS[x.status]}`);
    }
  }
  return problems;
}
