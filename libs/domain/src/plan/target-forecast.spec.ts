import { forecastYearEnd } from './target-forecast';

describe('forecastYearEnd', () => {
  it('is null without reports', () => {
    expect(forecastYearEnd([], 'CUMULATIVE')).toBeNull();
  });

  it('extrapolates a running total from zero: 50 new jobs by the end of Q1 → 200', () => {
    expect(forecastYearEnd([{ yearFraction: 0.25, value: 50 }], 'CUMULATIVE')).toBe(200);
  });

  it('fits a line through the origin and every quarter of a running total', () => {
    // 40 by Q1, 90 by Q2: Σtv / Σt² = (10 + 45) / (0,0625 + 0,25) = 176
    expect(forecastYearEnd([{ yearFraction: 0.25, value: 40 }, { yearFraction: 0.5, value: 90 }], 'CUMULATIVE')).toBe(176);
  });

  it('carries a single level unchanged and extends the trend of several', () => {
    expect(forecastYearEnd([{ yearFraction: 0.25, value: 99.1 }], 'LEVEL')).toBe(99.1);
    expect(forecastYearEnd([{ yearFraction: 0.25, value: 99.0 }, { yearFraction: 0.5, value: 99.2 }], 'LEVEL')).toBe(99.6);
  });

  it('takes a reported year-end value as it is', () => {
    expect(forecastYearEnd([{ yearFraction: 0.5, value: 10 }, { yearFraction: 1, value: 15 }], 'CUMULATIVE')).toBe(15);
  });

  it('refuses a point outside the year', () => {
    expect(() => forecastYearEnd([{ yearFraction: 0, value: 1 }], 'LEVEL')).toThrow('Điểm số liệu không hợp lệ');
  });
});
