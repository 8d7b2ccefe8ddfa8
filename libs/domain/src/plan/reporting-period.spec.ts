import { dueSlots, lateSlots, parsePeriodKey, periodSlot, periodSlots } from './reporting-period';

describe('periodSlot', () => {
  it('gives the dates, the year fraction and the Vietnamese label of a quarter', () => {
    expect(periodSlot(2024, 'QUARTER', 1)).toMatchObject({ key: '2024-Q1', startsOn: '2024-01-01', endsOn: '2024-03-31', yearFraction: 0.25, labelVi: 'Quý I năm 2024' });
    expect(periodSlot(2024, 'MONTH', 2)).toMatchObject({ key: '2024-M02', endsOn: '2024-02-29', labelVi: 'Tháng 02/2024' });
    expect(periodSlot(2024, 'HALF_YEAR', 2)).toMatchObject({ key: '2024-H2', endsOn: '2024-12-31', yearFraction: 1, labelVi: '6 tháng cuối năm 2024' });
  });

  it('refuses a fifth quarter', () => {
    expect(() => periodSlot(2024, 'QUARTER', 5)).toThrow('Kỳ báo cáo không hợp lệ');
  });
});

describe('periodSlots', () => {
  it('lists 12 months, 4 quarters, 2 halves, 1 year', () => {
    expect([periodSlots(2024, 'MONTH').length, periodSlots(2024, 'QUARTER').length, periodSlots(2024, 'HALF_YEAR').length, periodSlots(2024, 'YEAR').length]).toEqual([12, 4, 2, 1]);
  });
});

describe('parsePeriodKey', () => {
  it('parses each kind and rejects keys of another period or out of range', () => {
    expect(parsePeriodKey('2024-Q2')?.endsOn).toBe('2024-06-30');
    expect(parsePeriodKey('2024-M12')?.period).toBe('MONTH');
    expect(parsePeriodKey('2024-Y')?.yearFraction).toBe(1);
    expect(parsePeriodKey('2024-Q2', 'MONTH')).toBeNull();
    expect(parsePeriodKey('2024-M13')).toBeNull();
    expect(parsePeriodKey('Q2-2024')).toBeNull();
  });
});

describe('dueSlots / lateSlots', () => {
  it('counts a quarter due once it ended and the grace passed', () => {
    expect(dueSlots(2024, 'QUARTER', '2024-04-10', 10).map((s) => s.key)).toEqual([]);
    expect(dueSlots(2024, 'QUARTER', '2024-04-11', 10).map((s) => s.key)).toEqual(['2024-Q1']);
  });

  it('lists due quarters without a report as late', () => {
    expect(lateSlots(2024, 'QUARTER', '2024-10-20', 10, ['2024-Q1']).map((s) => s.key)).toEqual(['2024-Q2', '2024-Q3']);
  });
});
