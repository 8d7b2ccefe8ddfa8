import { DomainError } from '../shared/domain-error';
import { VIETNAM_CALENDAR_DATA } from './calendar-data';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = WorkingDayCalendar.vietnam();

describe('WorkingDayCalendar.vietnam', () => {
  it('rejects inconsistent data (docs/calendar.md statuses)', () => {
    const bad = [{ year: 2026, source: 't', estimated: false, entries: [{ date: '2026-01-09', status: 'W' as const, occasion: 'x' }] }];
    expect(() => WorkingDayCalendar.vietnam({ data: bad })).toThrow(DomainError);
  });

  it('takes an announced year as data: a new announcement is a data change (Bộ luật Lao động 2019, Điều 112 khoản 3)', () => {
    const announced2027 = { year: 2027, source: 'Thông báo (giả định)', estimated: false, entries: [] };
    const cal = WorkingDayCalendar.vietnam({ data: [...VIETNAM_CALENDAR_DATA.filter((y) => y.year !== 2027), announced2027] });
    expect(cal.isEstimated('2027-02-08')).toBe(false);
    expect(cal.isWorkingDay('2027-02-08')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-10', true, 'Saturday worked to repay 02/01 (Công văn 12729/VPCP-KGVX)'],
    ['2026-01-02', false, 'swapped off (Công văn 12729/VPCP-KGVX)'],
    ['2026-01-01', false, 'Tết Dương lịch (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a)'],
    ['2026-02-16', false, 'Tết 29 Chạp (Điều 112 khoản 1 điểm b; Thông báo 9441/TB-BNV)'],
    ['2026-02-20', false, 'Tết mùng 4 (Điều 112 khoản 1 điểm b)'],
    ['2026-02-23', true, 'first working day after Tết 2026'],
    ['2026-04-26', false, 'Giỗ Tổ on a Sunday (Điều 112 khoản 1 điểm e)'],
    ['2026-04-27', false, 'compensatory day for Giỗ Tổ (Bộ luật Lao động 2019, Điều 111 khoản 3)'],
    ['2026-04-28', true, 'ordinary Tuesday'],
    ['2026-08-22', true, 'Saturday worked to repay 31/8'],
    ['2026-08-31', false, 'swapped off'],
    ['2026-09-01', false, 'Quốc khánh adjacent day (Điều 112 khoản 1 điểm đ)'],
    ['2026-11-24', true, 'Ngày Văn hóa Việt Nam: not a holiday by default (proposal only, U)'],
    ['2026-03-07', false, 'Saturday (weekly rest, Điều 111)'],
    ['2024-02-13', false, 'compensatory day for Tết 2024 (Điều 111 khoản 3)'],
    ['2024-04-29', false, 'swapped off (Công văn 2450/VPCP-KGVX)'],
    ['2024-05-04', true, 'Saturday worked to repay 29/4/2024'],
    ['2025-01-27', false, 'Tết 2025, 28 Chạp (Thông báo 6150/TB-BLĐTBXH)'],
    ['2025-04-26', true, 'Saturday worked to repay 02/5/2025'],
    ['2025-05-02', false, 'swapped off 2025'],
    ['2027-02-09', false, 'estimated compensatory day for Tết 2027 (Điều 111 khoản 3)'],
    ['2027-05-03', false, 'estimated compensatory day for 1/5/2027 (Điều 111 khoản 3)'],
    ['2028-01-26', false, 'computed Tết 2028 mùng 1 (Điều 112 + lịch âm)'],
  ])('%s → %s: %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2026-11-24', false],
    ['2025-11-24', true],
    ['2029-11-24', false],
    ['2029-11-26', false],
  ])('with ngayVanHoaHoliday (U, from 2026; Điều 111 khoản 3 compensation) %s → %s', (date, expected) => {
    expect(WorkingDayCalendar.vietnam({ ngayVanHoaHoliday: true }).isWorkingDay(date)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => calendar.isWorkingDay('2026-13-01')).toThrow(DomainError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-12', 10, '2026-03-05', 'decision time limit across Tết 2026 (10 working days; Bộ luật Lao động 2019, Điều 112)'],
    ['2026-02-12', 1, '2026-02-13', 'next day'],
    ['2026-02-13', 1, '2026-02-23', 'the Tết 2026 break (16–20/02) and two weekends are skipped'],
    ['2026-01-08', 2, '2026-01-10', 'Saturday 10/01/2026 is a working day'],
    ['2026-04-24', 1, '2026-04-28', 'compensatory 27/04/2026 is skipped (Điều 111 khoản 3)'],
    ['2026-04-24', 5, '2026-05-06', '27/4, 30/4 and 1/5 are skipped'],
    ['2026-02-23', -1, '2026-02-13', 'counting back over Tết'],
    ['2026-02-21', 0, '2026-02-21', 'n = 0 is the start itself'],
    ['2026-12-30', 3, '2027-01-05', 'into 2027 (estimated data)'],
  ])('%s + %i → %s: %s', (start, n, expected) => {
    expect(calendar.addWorkingDays(start, n)).toBe(expected);
  });

  it.each([[1.5], [Number.NaN], [100_000]])('rejects n = %s', (n) => {
    expect(() => calendar.addWorkingDays('2026-01-05', n)).toThrow(DomainError);
  });
});

describe('countWorkingDays', () => {
  it.each([
    ['2026-02-12', '2026-03-05', 10],
    ['2026-03-05', '2026-02-12', -10],
    ['2026-02-13', '2026-02-22', 0],
    ['2026-01-01', '2026-01-31', 21], // 22 weekdays − 02/01 + Saturday 10/01 = 21
    ['2026-04-20', '2026-04-20', 0],
  ])('(%s, %s] → %i (Bộ luật Lao động 2019, Điều 111–112)', (from, to, expected) => {
    expect(calendar.countWorkingDays(from, to)).toBe(expected);
  });

  it('is the inverse of addWorkingDays for every start day of 2024–2027', () => {
    for (let d = '2024-01-01'; d < '2027-12-01'; d = calendar.addWorkingDays(d, 1)) {
      for (const n of [1, 5, 10, 20]) {
        expect(calendar.countWorkingDays(d, calendar.addWorkingDays(d, n))).toBe(n);
      }
    }
  });
});

describe('isEstimated', () => {
  it.each([
    ['2024-06-03', false, 'announced (Thông báo 5015/TB-LĐTBXH)'],
    ['2026-06-01', false, 'announced (Thông báo 9441/TB-BNV)'],
    ['2027-02-08', true, '2027 not announced: computed from Bộ luật Lao động 2019, Điều 112'],
    ['2030-01-01', true, 'no data'],
    ['2023-01-23', true, 'no data before 2024'],
  ])('%s → %s: %s', (date, expected) => {
    expect(calendar.isEstimated(date)).toBe(expected);
  });
});

describe('isRangeEstimated', () => {
  it.each([
    ['2026-02-12', '2026-03-05', false],
    ['2026-12-20', '2027-01-10', true],
    ['2027-01-10', '2026-12-20', true],
    ['2026-12-20', '2026-12-31', false],
  ])('(%s, %s] → %s', (from, to, expected) => {
    expect(calendar.isRangeEstimated(from, to)).toBe(expected);
  });
});

describe('dayOff', () => {
  it('returns the entry with its occasion, or null for an ordinary day', () => {
    expect(calendar.dayOff('2026-04-27')).toEqual({ date: '2026-04-27', status: 'C', occasion: 'Nghỉ bù ngày 26/4' });
    expect(calendar.dayOff('2026-04-28')).toBeNull();
  });
});

describe('yearData', () => {
  it('adds Ngày Văn hóa to an announced year only when switched on (U)', () => {
    const on = WorkingDayCalendar.vietnam({ ngayVanHoaHoliday: true }).yearData(2026);
    expect(on.entries).toContainEqual({ date: '2026-11-24', status: 'H', occasion: 'Ngày Văn hóa Việt Nam (24/11)' });
    expect(calendar.yearData(2026).entries.some((e) => e.date === '2026-11-24')).toBe(false);
  });

  it('uses the estimation option for years without data (Tết split U)', () => {
    const cal = WorkingDayCalendar.vietnam({ estimation: { tetDaysBeforeNewYear: 1 } });
    expect(cal.isWorkingDay('2028-01-24')).toBe(true);
    expect(calendar.isWorkingDay('2028-01-24')).toBe(false);
  });
});
