import { DomainError } from '../shared/domain-error';
import { documentSeriesKey, documentSymbol, formatDocumentNumber, formatDocumentNumberLine } from './document-number';
import { formatPlaceAndDate, formatShortVietnameseDate, formatVietnameseDate } from './vietnamese-date';

describe('formatDocumentNumber', () => {
  it.each([
    [1, 'QĐ-UBND', '01/QĐ-UBND'],
    [5, 'QĐ-UBND', '05/QĐ-UBND'],
    [12, 'KH-UBND', '12/KH-UBND'],
    [105, 'QĐ-UBND', '105/QĐ-UBND'],
    [3, 'BB-HĐTĐKT', '03/BB-HĐTĐKT'],
  ])('(%i, %s) → %s (Nghị định 30/2020, Phụ lục I: leading 0 below 10)', (n, symbol, expected) => {
    expect(formatDocumentNumber(n, symbol)).toBe(expected);
  });

  it.each([
    [0, 'QĐ-UBND'],
    [1.5, 'QĐ-UBND'],
    [1, 'QĐ UBND'],
    [1, 'QĐ/UBND'],
    [1, ''],
    [1, 'QĐ--UBND'],
  ])('rejects (%s, %j) (Nghị định 30/2020: groups joined by "-" without spaces)', (n, symbol) => {
    expect(() => formatDocumentNumber(n, symbol)).toThrow(DomainError);
  });
});

describe('formatDocumentNumberLine', () => {
  it('prefixes "Số: " (Nghị định 30/2020, Phụ lục I)', () => {
    expect(formatDocumentNumberLine(1, 'QĐ-UBND')).toBe('Số: 01/QĐ-UBND');
  });
});

describe('documentSymbol', () => {
  it.each([
    ['QUYET_DINH', 'QĐ-UBND'],
    ['TO_TRINH', 'TTr-UBND'],
    ['THONG_BAO', 'TB-UBND'],
    ['KE_HOACH', 'KH-UBND'],
    ['BAO_CAO', 'BC-UBND'],
  ] as const)('%s → %s (Nghị định 30/2020, Phụ lục III)', (kind, symbol) => {
    expect(documentSymbol(kind, 'UBND')).toBe(symbol);
  });
});

describe('documentSeriesKey', () => {
  it('restarts every calendar year, per issuing body and series (Nghị định 30/2020, Phụ lục I)', () => {
    expect(documentSeriesKey({ issuingBodyId: 'ubnd-ngo-quyen', series: 'QĐ-UBND', date: '2026-12-31' })).toBe('ubnd-ngo-quyen|QĐ-UBND|2026');
    expect(documentSeriesKey({ issuingBodyId: 'ubnd-ngo-quyen', series: 'QĐ-UBND', date: '2027-01-01' })).toBe('ubnd-ngo-quyen|QĐ-UBND|2027');
  });
});

describe('formatVietnameseDate', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-11-26', 'ngày 26 tháng 11 năm 2026'],
    ['2026-03-04', 'ngày 04 tháng 3 năm 2026'],
    ['2026-01-10', 'ngày 10 tháng 01 năm 2026'],
    ['2026-12-01', 'ngày 01 tháng 12 năm 2026'],
    ['2026-09-30', 'ngày 30 tháng 9 năm 2026'],
  ])('%s → %s (Nghị định 30/2020, Phụ lục I: 0 for days < 10 and months 1, 2)', (date, text) => {
    expect(formatVietnameseDate(date)).toBe(text);
  });

  it('rejects an invalid date', () => {
    expect(() => formatVietnameseDate('2026-02-29')).toThrow(DomainError);
  });
});

describe('formatPlaceAndDate', () => {
  it('joins place and date (Nghị định 30/2020, Phụ lục I)', () => {
    expect(formatPlaceAndDate('Ngô Quyền', '2026-02-05')).toBe('Ngô Quyền, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('  Ngô   Quyền ', '2026-11-26')).toBe('Ngô Quyền, ngày 26 tháng 11 năm 2026');
  });
});

describe('formatShortVietnameseDate', () => {
  it.each([
    ['2026-02-06', true, '06/02/2026'],
    ['2026-04-26', true, '26/4/2026'],
    ['2026-05-01', false, '01/5'],
  ])('%s (year %s) → %s', (date, withYear, text) => {
    expect(formatShortVietnameseDate(date, withYear)).toBe(text);
  });
});
