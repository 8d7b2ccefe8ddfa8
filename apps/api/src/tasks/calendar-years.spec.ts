import { VIETNAM_CALENDAR_DATA } from '@khenthuong/domain';
import { calendarYearsToRecord } from './calendar-years';

describe('calendarYearsToRecord', () => {
  it('reads the built-in data the cases below rely on: 2024–2026 announced, 2027 estimated, later years absent', () => {
    expect(VIETNAM_CALENDAR_DATA.map((y) => [y.year, y.estimated])).toEqual([[2024, false], [2025, false], [2026, false], [2027, true]]);
  });

  it('asks for next year from October, due the last day of this year', () => {
    expect(calendarYearsToRecord('2026-12-03', [])).toEqual([{ year: 2027, dueOn: '2026-12-31' }]);
    expect(calendarYearsToRecord('2026-10-01', [])).toEqual([{ year: 2027, dueOn: '2026-12-31' }]);
  });

  it('asks nothing before October of an announced year', () => {
    expect(calendarYearsToRecord('2026-09-30', [])).toEqual([]);
  });

  it('asks for the current year while it is only estimated, already overdue', () => {
    expect(calendarYearsToRecord('2027-03-02', [])).toEqual([{ year: 2027, dueOn: '2026-12-31' }]);
    expect(calendarYearsToRecord('2027-11-02', [])).toEqual([
      { year: 2027, dueOn: '2026-12-31' },
      { year: 2028, dueOn: '2027-12-31' },
    ]);
  });

  it('is done once the ward has recorded a day of that year', () => {
    expect(calendarYearsToRecord('2026-12-03', [2027])).toEqual([]);
    expect(calendarYearsToRecord('2027-11-02', [2027])).toEqual([{ year: 2028, dueOn: '2027-12-31' }]);
  });
});
