import { DomainError, DomainErrorCode } from './domain-error';
import { addDays, dayOfWeek, daysBetween, isValidIsoDate, parseIsoDate, toIsoDate, vietnamDateOf } from './iso-date';

describe('vietnamDateOf', () => {
  it.each([
    ['2026-02-16T16:59:59.999Z', '2026-02-16', '23:59 in Hà Nội'],
    ['2026-02-16T17:00:00.000Z', '2026-02-17', 'midnight in Hà Nội (UTC+7) is 17:00 UTC'],
    ['2025-12-31T17:00:00Z', '2026-01-01', 'new year in Vietnam before UTC'],
    ['1970-01-01T00:00:00Z', '1970-01-01', 'epoch'],
    ['1969-12-31T16:00:00Z', '1969-12-31', 'before the epoch'],
    ['1969-12-31T17:00:00Z', '1970-01-01', 'before the epoch, after midnight UTC+7'],
  ])('%s → %s (%s)', (instant, date) => {
    expect(vietnamDateOf(new Date(instant))).toBe(date);
  });

  it('rejects an invalid Date', () => {
    expect(() => vietnamDateOf(new Date('nope'))).toThrow(DomainError);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['1582-12-31', false],
    [20260101, false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('splits a valid date and rejects an invalid one with INVALID_DATE', () => {
    expect(parseIsoDate('2026-02-05')).toEqual({ year: 2026, month: 2, day: 5 });
    expect(() => parseIsoDate('2026-02-30')).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_DATE }));
  });
});

describe('toIsoDate', () => {
  it('pads and validates', () => {
    expect(toIsoDate(2026, 3, 4)).toBe('2026-03-04');
    expect(() => toIsoDate(2026, 2, 30)).toThrow(DomainError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2000-02-28', 366, '2001-02-28'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2026-01-10', 6],
    ['2026-04-26', 0],
    ['2026-04-27', 1],
    ['2027-02-06', 6],
  ])('%s → %i (0 = Sunday)', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });
});
