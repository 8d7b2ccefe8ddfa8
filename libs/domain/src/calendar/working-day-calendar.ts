import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { addDays, IsoDate, isWeekend, parseIsoDate, toIsoDate } from '../shared/iso-date';
import { DayOffEntry, VIETNAM_CALENDAR_DATA, YearCalendarData } from './calendar-data';
import { addHolidaysWithCompensation, estimateYearCalendar, HolidayEstimateOptions, validateCalendarData } from './statutory-holidays';

export interface WorkingDayCalendarOptions {
  /** All yearly data (replaces the built-in VIETNAM_CALENDAR_DATA; pass both to extend it). */
  data?: readonly YearCalendarData[];
  /**
   * 24/11 Ngày Văn hóa Việt Nam as a paid holiday from 2026 (Nghị quyết 80-NQ/TW, Nghị quyết
   * 30/NQ-CP proposal). No amendment of Bộ luật Lao động 2019 Điều 112 was found: U, default off.
   */
  ngayVanHoaHoliday?: boolean;
  /** How to estimate years without data (which Tết days), see HolidayEstimateOptions. */
  estimation?: HolidayEstimateOptions;
}

interface YearView {
  estimated: boolean;
  byDate: ReadonlyMap<IsoDate, DayOffEntry>;
}

const NGAY_VAN_HOA_FIRST_YEAR = 2026; // U: the proposal of 2026, see docs/calendar.md
const MAX_SPAN_DAYS = 366 * 20; // a guard against runaway loops on absurd inputs

/**
 * Vietnamese public-sector working days: Monday–Friday (weekly rest Saturday + Sunday, Bộ luật Lao
 * động 2019 Điều 111 and the public-sector working week), minus public holidays (Điều 112 khoản
 * 1), compensatory days (Điều 111 khoản 3) and swapped days, plus Saturdays worked to repay a swap.
 * Announced years come from data; other years are computed from the law and the Vietnamese lunar
 * calendar and flagged estimated. Deterministic, no clock: safe in a Temporal workflow.
 */
export class WorkingDayCalendar {
  private readonly views = new Map<number, YearView>();

  private constructor(
    private readonly data: ReadonlyMap<number, YearCalendarData>,
    private readonly options: Omit<WorkingDayCalendarOptions, 'data'>,
  ) {}

  static vietnam(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
    const data = options.data ?? VIETNAM_CALENDAR_DATA;
    const problems = validateCalendarData(data);
    if (problems.length > 0) {
      throw new DomainError(DomainErrorCode.INVALID_CALENDAR_DATA, `Dữ liệu lịch nghỉ không hợp lệ: ${problems.join('; ')}`);
    }
    const { ngayVanHoaHoliday, estimation } = options;
    return new WorkingDayCalendar(new Map(data.map((y) => [y.year, y])), { ngayVanHoaHoliday, estimation });
  }

  isWorkingDay(date: IsoDate): boolean {
    const entry = this.dayOff(date);
    if (entry) return entry.status === 'W';
    return !isWeekend(date);
  }

  /** The special status of a date (holiday, compensatory, swapped, worked Saturday), or null for an ordinary day. */
  dayOff(date: IsoDate): DayOffEntry | null {
    return this.view(parseIsoDate(date).year).byDate.get(date) ?? null;
  }

  /**
   * The n-th working day after `start` (start itself not counted; Bộ luật Dân sự 2015 Điều 147
   * khoản 2 counts a period from the day after the event — not in docs/legal.md). n = 0 returns start;
   * a negative n counts back: the |n|-th working day before start.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    parseIsoDate(start);
    if (!Number.isInteger(n) || Math.abs(n) > MAX_SPAN_DAYS) {
      throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số ngày làm việc không hợp lệ: ${n}`);
    }
    const step = n < 0 ? -1 : 1;
    let d = start;
    for (let left = Math.abs(n); left > 0; ) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Working days in (fromExclusive, toInclusive]; antisymmetric: negative when `toInclusive` is earlier. */
  countWorkingDays(fromExclusive: IsoDate, toInclusive: IsoDate): number {
    parseIsoDate(fromExclusive);
    parseIsoDate(toInclusive);
    if (toInclusive < fromExclusive) return -this.countWorkingDays(toInclusive, fromExclusive);
    let count = 0;
    for (let d = addDays(fromExclusive, 1), guard = 0; d <= toInclusive; d = addDays(d, 1), guard++) {
      if (guard > MAX_SPAN_DAYS) throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, 'Khoảng thời gian quá dài');
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }

  /** True when the date's year has no announced days off (computed from the law, Điều 112). */
  isEstimated(date: IsoDate): boolean {
    return this.view(parseIsoDate(date).year).estimated;
  }

  /** True when any year touched by (fromExclusive, toInclusive] is estimated: a deadline across it is provisional. */
  isRangeEstimated(fromExclusive: IsoDate, toInclusive: IsoDate): boolean {
    const [a, b] = fromExclusive <= toInclusive ? [fromExclusive, toInclusive] : [toInclusive, fromExclusive];
    for (let y = parseIsoDate(addDays(a, 1)).year; y <= parseIsoDate(b).year; y++) {
      if (this.view(y).estimated) return true;
    }
    return false;
  }

  /** The effective data of a year (announced or estimated, with the options applied). */
  yearData(year: number): YearCalendarData {
    const base = this.data.get(year) ?? estimateYearCalendar(year, this.options.estimation);
    if (!this.options.ngayVanHoaHoliday || year < NGAY_VAN_HOA_FIRST_YEAR) return base;
    const ngayVanHoa = { date: toIsoDate(year, 11, 24), occasion: 'Ngày Văn hóa Việt Nam (24/11)' };
    return { ...base, entries: addHolidaysWithCompensation(base.entries, [ngayVanHoa]) };
  }

  private view(year: number): YearView {
    let v = this.views.get(year);
    if (!v) {
      const y = this.yearData(year);
      v = { estimated: y.estimated, byDate: new Map(y.entries.map((x) => [x.date, x])) };
      this.views.set(year, v);
    }
    return v;
  }
}
