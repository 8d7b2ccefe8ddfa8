import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { civilFromJulianDay, IsoDate, julianDayFromCivil, parseIsoDate, toIsoDate } from '../shared/iso-date';

/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published algorithm (astronomical new
 * moons and solar terms, Jean Meeus' series) evaluated at UTC+7. It is NOT the Chinese calendar
 * (UTC+8): the two differ in some years, e.g. lunar new year 1985 (VN 21/01, CN 20/02) and 2007
 * (VN 17/02, CN 18/02). Vietnam has used UTC+7 for its calendar since 1968; dates before that are
 * computed with UTC+7 as well, as in the reference implementation. Pure and deterministic
 * (Math.sin/floor only), so it runs inside a Temporal workflow.
 */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const TIME_ZONE = 7;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the origin of the new-moon index k. */
const NEW_MOON_EPOCH = 2415021.076998695;
const DEG = Math.PI / 180;

/** Julian day (with fraction) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, abridged). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian day `jdn`. */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Which of the 12 major solar-term sectors (0–11) the sun is in at the start of local day `dayNumber`. */
function sunLongitudeSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Day on which lunar month 11 (the month containing the winter solstice) of `year` starts. */
function lunarMonth11(year: number): number {
  const off = julianDayFromCivil(year, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunLongitudeSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 `a11`: the offset of the leap month (the first without a major term). */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError(
      DomainErrorCode.DATE_OUT_OF_RANGE,
      `Lịch âm chỉ được tính cho các năm ${MIN_YEAR}–${MAX_YEAR} (năm ${year})`,
    );
  }
}

export function solarToLunar(date: IsoDate): LunarDate {
  const { year, month, day } = parseIsoDate(date);
  assertSupportedYear(year);
  const dayNumber = julianDayFromCivil(year, month, day);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

function invalidLunar(l: { day: number; month: number; year: number; leap?: boolean }, why: string): DomainError {
  const label = `${l.day}/${l.month}${l.leap ? ' (nhuận)' : ''}/${l.year} âm lịch`;
  return new DomainError(DomainErrorCode.INVALID_LUNAR_DATE, `Ngày âm lịch không hợp lệ: ${label} — ${why}`);
}

export function lunarToSolar(l: { day: number; month: number; year: number; leap?: boolean }): IsoDate {
  const leap = l.leap === true;
  assertSupportedYear(l.year);
  if (!Number.isInteger(l.month) || l.month < 1 || l.month > 12) throw invalidLunar(l, 'tháng phải từ 1 đến 12');
  if (!Number.isInteger(l.day) || l.day < 1 || l.day > 30) throw invalidLunar(l, 'ngày phải từ 1 đến 30');
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = lunarMonth11(l.year - 1);
    b11 = lunarMonth11(l.year);
  } else {
    a11 = lunarMonth11(l.year);
    b11 = lunarMonth11(l.year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && l.month !== leapMonth) throw invalidLunar(l, `năm này không có tháng ${l.month} nhuận`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw invalidLunar(l, 'năm này không có tháng nhuận');
  }
  const monthStart = newMoonDay(k + off);
  const monthLength = newMoonDay(k + off + 1) - monthStart;
  if (l.day > monthLength) throw invalidLunar(l, `tháng này chỉ có ${monthLength} ngày`);
  const { year, month, day } = civilFromJulianDay(monthStart + l.day - 1);
  return toIsoDate(year, month, day);
}

/** The solar date of lunar new year's day (mùng 1 Tết) of lunar year `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar({ day: 1, month: 1, year });
}
