import { daysInMonth } from '../shared/iso-date';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';

describe('solarToLunar', () => {
  it.each([
    // Tết days 2024–2027 (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: Tết Âm lịch)
    ['2024-02-10', { day: 1, month: 1, year: 2024, leap: false }],
    ['2025-01-29', { day: 1, month: 1, year: 2025, leap: false }],
    ['2026-02-17', { day: 1, month: 1, year: 2026, leap: false }],
    ['2027-02-06', { day: 1, month: 1, year: 2027, leap: false }],
    // Giỗ Tổ Hùng Vương 10/3 âm lịch (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ)
    ['2024-04-18', { day: 10, month: 3, year: 2024, leap: false }],
    ['2025-04-07', { day: 10, month: 3, year: 2025, leap: false }],
    ['2026-04-26', { day: 10, month: 3, year: 2026, leap: false }],
    ['2027-04-16', { day: 10, month: 3, year: 2027, leap: false }],
    // Tết eves (last day of tháng Chạp) that docs/calendar.md names
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
    ['2026-02-16', { day: 29, month: 12, year: 2025, leap: false }],
    // Leap months: 2023 has tháng 2 nhuận, 2025 tháng 6 nhuận
    ['2023-03-22', { day: 1, month: 2, year: 2023, leap: true }],
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }],
    ['2025-08-23', { day: 1, month: 7, year: 2025, leap: false }],
    // Vietnamese (UTC+7) calendar, not Chinese (UTC+8): VN Tết 1985 is 21/01, 2007 is 17/02, 1968 is 29/01
    ['1985-01-21', { day: 1, month: 1, year: 1985, leap: false }],
    ['2007-02-17', { day: 1, month: 1, year: 2007, leap: false }],
    ['1968-01-29', { day: 1, month: 1, year: 1968, leap: false }],
    ['1985-02-20', { day: 1, month: 2, year: 1985, leap: false }],
  ])('%s → %o (lịch âm Việt Nam, UTC+7)', (solar, lunar) => {
    expect(solarToLunar(solar)).toEqual(lunar);
  });

  it.each([['1899-12-31'], ['2200-01-01'], ['2026-02-30'], ['26-02-17']])('rejects %s (unsupported or invalid date)', (d) => {
    expect(() => solarToLunar(d)).toThrow();
  });
});

describe('lunarToSolar', () => {
  it.each([
    [{ day: 1, month: 1, year: 2024 }, '2024-02-10'],
    [{ day: 1, month: 1, year: 2027 }, '2027-02-06'],
    [{ day: 10, month: 3, year: 2026 }, '2026-04-26'],
    [{ day: 10, month: 3, year: 2027 }, '2027-04-16'],
    [{ day: 1, month: 2, year: 2023, leap: true }, '2023-03-22'],
    [{ day: 1, month: 2, year: 2023 }, '2023-02-20'],
    [{ day: 15, month: 6, year: 2025, leap: true }, '2025-08-08'],
    [{ day: 30, month: 12, year: 2023 }, '2024-02-09'],
  ])('%o → %s (lịch âm Việt Nam, UTC+7)', (lunar, solar) => {
    expect(lunarToSolar(lunar)).toBe(solar);
  });

  it.each([
    ['a leap month the year does not have', { day: 1, month: 3, year: 2023, leap: true }],
    ['a leap month in a 12-month year', { day: 1, month: 1, year: 2024, leap: true }],
    ['day 30 of a 29-day month (tháng Chạp Ất Tỵ)', { day: 30, month: 12, year: 2025 }],
    ['month 13', { day: 1, month: 13, year: 2025 }],
    ['day 0', { day: 0, month: 1, year: 2025 }],
  ])('rejects %s', (_label, lunar) => {
    expect(() => lunarToSolar(lunar)).toThrow(/âm lịch không hợp lệ/);
  });

  it('round-trips every day of 2020–2030 (solarToLunar ∘ lunarToSolar = id)', () => {
    let jd = 0;
    for (let y = 2020; y <= 2030; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysInMonth(y, m); d++) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(lunarToSolar(solarToLunar(iso))).toBe(iso);
          jd++;
        }
      }
    }
    expect(jd).toBe(4018);
  });
});

describe('lunarNewYear', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [1985, '1985-01-21'], // Chinese calendar: 1985-02-20
    [2007, '2007-02-17'], // Chinese calendar: 2007-02-18
  ])('Tết %i is %s (Bộ luật Lao động 2019, Điều 112; lịch Việt Nam UTC+7)', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });
});
