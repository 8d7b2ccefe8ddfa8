import { DomainError, DomainErrorCode } from './domain-error';

/** A civil date in Vietnam (UTC+7), 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** Julian day number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2_440_588;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The Gregorian calendar only: the day arithmetic below is proleptic Gregorian.
  return year >= 1583 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIsoDate(date: IsoDate): CivilDate {
  if (!isValidIsoDate(date)) {
    throw new DomainError(DomainErrorCode.INVALID_DATE, `Ngày không hợp lệ: "${String(date)}" (định dạng YYYY-MM-DD)`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isValidIsoDate(iso)) {
    throw new DomainError(DomainErrorCode.INVALID_DATE, `Ngày không hợp lệ: ${day}/${month}/${year}`);
  }
  return iso;
}

/** Julian day number (Gregorian calendar), the day index used by the lunar algorithm. */
export function julianDayFromCivil(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function civilFromJulianDay(jd: number): CivilDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function toJulianDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return julianDayFromCivil(year, month, day);
}

export function fromJulianDay(jd: number): IsoDate {
  const { year, month, day } = civilFromJulianDay(jd);
  return toIsoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromJulianDay(toJulianDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toJulianDay(to) - toJulianDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (toJulianDay(date) + 1) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/**
 * The civil date in Vietnam (UTC+7, no daylight saving) of an instant. Pure arithmetic, so it is
 * safe in a Temporal workflow as long as the instant itself comes from `workflow` time or input.
 */
export function vietnamDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) {
    throw new DomainError(DomainErrorCode.INVALID_DATE, 'Thời điểm không hợp lệ');
  }
  return fromJulianDay(JDN_UNIX_EPOCH + Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}
