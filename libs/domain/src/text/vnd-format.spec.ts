import { DomainError } from '../shared/domain-error';
import { formatPercentVi, formatVnd, vndInWords } from './vnd-format';

describe('formatVnd', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1_872_000, '1.872.000'],
    [1_880_000, '1.880.000'],
    [1_234_567_890, '1.234.567.890'],
    [-702_000, '-702.000'],
  ])('%i → %s', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });

  it('rejects a fractional amount', () => {
    expect(() => formatVnd(1.5)).toThrow(DomainError);
  });
});

describe('vndInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [25, 'Hai mươi lăm đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [351_000, 'Ba trăm năm mươi mốt nghìn đồng'],
    [702_000, 'Bảy trăm linh hai nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [1_872_000, 'Một triệu tám trăm bảy mươi hai nghìn đồng'],
    [1_880_000, 'Một triệu tám trăm tám mươi nghìn đồng'],
    [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
    [3_510_000, 'Ba triệu năm trăm mười nghìn đồng'],
    [7_020_000, 'Bảy triệu không trăm hai mươi nghìn đồng'],
    [10_000_015, 'Mười triệu không trăm mười lăm đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_000_500_000, 'Hai tỷ năm trăm nghìn đồng'],
    [2_005_000_000, 'Hai tỷ không trăm linh năm triệu đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
  ])('%i → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it.each([[-1], [1.5], [Number.MAX_SAFE_INTEGER + 1]])('rejects %s', (amount) => {
    expect(() => vndInWords(amount)).toThrow(DomainError);
  });
});

describe('formatPercentVi', () => {
  it.each([
    [7 / 9, '77,78%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.9, '90%'],
    [0.125, '12,5%'],
  ])('%d → %s', (ratio, text) => {
    expect(formatPercentVi(ratio)).toBe(text);
  });
});
