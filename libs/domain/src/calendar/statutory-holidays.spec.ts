import { DomainError } from '../shared/domain-error';
import { VIETNAM_CALENDAR_DATA, YearCalendarData } from './calendar-data';
import { addHolidaysWithCompensation, estimateYearCalendar, statutoryHolidays, validateCalendarData } from './statutory-holidays';

const official = (year: number): YearCalendarData => {
  const y = VIETNAM_CALENDAR_DATA.find((x) => x.year === year);
  if (!y) throw new Error(`no data for ${year}`);
  return y;
};
const holidayDates = (y: YearCalendarData): string[] => y.entries.filter((e) => e.status === 'H' || e.status === 'HW' || e.status === 'C').map((e) => e.date);

describe('statutoryHolidays', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ Hùng Vương %i is %s (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e: 10/3 âm lịch)', (year, date) => {
    expect(statutoryHolidays(year)).toContainEqual({ date, occasion: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  });

  it.each([
    [2024, 2, ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12']],
    [2026, 1, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
    [2027, 2, ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']],
  ])('Tết %i with %i day(s) before mùng 1: five days (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b, khoản 3)', (year, before, days) => {
    const tet = statutoryHolidays(year, { tetDaysBeforeNewYear: before }).filter((h) => h.occasion.startsWith('Tết Nguyên đán'));
    expect(tet.map((h) => h.date)).toEqual(days);
  });

  it.each([
    [2024, '2024-09-03'], // Monday 02/9 → Tuesday 03/9 (as announced)
    [2025, '2025-09-01'], // Tuesday 02/9 → Monday 01/9 (as announced)
    [2026, '2026-09-01'], // Wednesday → the day before (as announced)
    [2027, '2027-09-03'], // Thursday → Friday (estimate)
  ])('Quốc khánh %i adjacent day is %s (Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ, khoản 3)', (year, date) => {
    expect(statutoryHolidays(year).map((h) => h.date)).toContain(date);
  });

  it('rejects a Tết split that is not 0–4 days before mùng 1 (Bộ luật Lao động 2019, Điều 112: 5 days)', () => {
    expect(() => statutoryHolidays(2027, { tetDaysBeforeNewYear: 5 })).toThrow(DomainError);
  });
});

describe('estimateYearCalendar', () => {
  it.each([[2024], [2025]])(
    'reproduces the announced holidays and compensatory days of %i without the swaps (Bộ luật Lao động 2019, Điều 111 khoản 3, Điều 112)',
    (year) => {
      expect(holidayDates(estimateYearCalendar(year))).toEqual(holidayDates(official(year)));
    },
  );

  it('computes the 2027 data of docs/calendar.md exactly, flagged estimated (Bộ luật Lao động 2019, Điều 111–112)', () => {
    const estimate = estimateYearCalendar(2027);
    expect(estimate.estimated).toBe(true);
    expect(estimate.entries).toEqual(official(2027).entries);
    expect(official(2027).estimated).toBe(true);
  });

  it('compensates 1/5/2027 (Saturday) on Monday 03/5 (Bộ luật Lao động 2019, Điều 111 khoản 3)', () => {
    expect(estimateYearCalendar(2027).entries).toContainEqual({ date: '2027-05-03', status: 'C', occasion: 'Nghỉ bù ngày 01/5' });
  });

  it('compensates two weekend holidays on two successive working days (2023: 29/4 and 30/4; Bộ luật Lao động 2019, Điều 111 khoản 3)', () => {
    const entries = estimateYearCalendar(2023).entries;
    // 2023: 29/4 (Giỗ Tổ) Saturday and 30/4 Sunday → 02/5 and 03/5, as announced that year.
    expect(entries.filter((e) => e.status === 'C' && e.date.startsWith('2023-05'))).toEqual([
      { date: '2023-05-02', status: 'C', occasion: 'Nghỉ bù ngày 29/4' },
      { date: '2023-05-03', status: 'C', occasion: 'Nghỉ bù ngày 30/4' },
    ]);
  });
});

describe('addHolidaysWithCompensation', () => {
  it('skips compensatory days already taken and swapped days (Bộ luật Lao động 2019, Điều 111 khoản 3)', () => {
    const entries = addHolidaysWithCompensation(
      [{ date: '2026-11-23', status: 'S', occasion: 'x' }],
      [{ date: '2026-11-22', occasion: 'Sunday holiday' }],
    );
    expect(entries.map((e) => `${e.date} ${e.status}`)).toEqual(['2026-11-22 HW', '2026-11-23 S', '2026-11-24 C']);
  });

  it('leaves an existing entry untouched', () => {
    const existing = [{ date: '2026-01-01', status: 'H' as const, occasion: 'Tết Dương lịch' }];
    expect(addHolidaysWithCompensation(existing, [{ date: '2026-01-01', occasion: 'again' }])).toEqual(existing);
  });
});

describe('validateCalendarData', () => {
  it('accepts the built-in 2024–2027 data (docs/calendar.md)', () => {
    expect(validateCalendarData(VIETNAM_CALENDAR_DATA)).toEqual([]);
    expect(VIETNAM_CALENDAR_DATA.map((y) => [y.year, y.estimated])).toEqual([
      [2024, false],
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
  });

  it.each([
    ['a worked day on a weekday', { date: '2026-01-09', status: 'W' as const }, /^09\/01\/2026 là ngày làm việc trong tuần, không thể là ngày làm bù$/],
    ['a holiday status on a Sunday', { date: '2026-04-26', status: 'H' as const }, /^26\/4\/2026 là ngày nghỉ hằng tuần, không thể là ngày nghỉ lễ, Tết$/],
    ['a date of another year', { date: '2025-12-31', status: 'S' as const }, /thuộc năm khác/],
    ['an invalid date', { date: '2026-02-30', status: 'S' as const }, /không hợp lệ/],
  ])('reports %s', (_label, entry, message) => {
    const problems = validateCalendarData([{ year: 2026, source: 't', estimated: false, entries: [{ ...entry, occasion: 't' }] }]);
    expect(problems.join('\n')).toMatch(message);
  });

  it('reports a duplicated year and date', () => {
    const y = { year: 2026, source: 't', estimated: false, entries: [{ date: '2026-01-02', status: 'S' as const, occasion: 't' }] };
    expect(validateCalendarData([y, { ...y, entries: [...y.entries, ...y.entries] }])).toEqual([
      'Năm 2026 xuất hiện nhiều lần',
      'Năm 2026: ngày 02/01/2026 lặp lại',
    ]);
  });
});
