import { formatTarget, isTargetMet, progressPercent } from './target-comparison';
import type { TargetComparison } from './plan.types';

describe('isTargetMet', () => {
  // The seed plan's own targets: ≥ 98% cultural families, poor households < 0,08%, 172 new jobs …
  it.each<[string, number, TargetComparison, number, boolean]>([
    ['gia đình văn hóa 98,2% ≥ 98%', 98.2, 'GTE', 98, true],
    ['gia đình văn hóa 98% ≥ 98% (boundary)', 98, 'GTE', 98, true],
    ['gia đình văn hóa 97,9% ≥ 98%', 97.9, 'GTE', 98, false],
    ['hộ nghèo 0,07% < 0,08%', 0.07, 'LT', 0.08, true],
    ['hộ nghèo 0,08% < 0,08% (strict boundary)', 0.08, 'LT', 0.08, false],
    ['dân số 0,05% ≤ 0,05%', 0.05, 'LTE', 0.05, true],
    ['việc làm 173 > 172', 173, 'GT', 172, true],
    ['việc làm 172 > 172', 172, 'GT', 172, false],
    ['03 trường = 3', 3, 'EQ', 3, true],
    ['0,1 + 0,2 = 0,3 (float noise ignored)', 0.1 + 0.2, 'EQ', 0.3, true],
  ])('%s', (_, value, comparison, target, met) => {
    expect(isTargetMet(value, comparison, target)).toBe(met);
  });

  it('refuses a value that is not a number', () => {
    expect(() => isTargetMet(Number.NaN, 'GTE', 1)).toThrow('Giá trị thực hiện không hợp lệ');
  });
});

describe('progressPercent', () => {
  it.each<[string, number, TargetComparison, number, number]>([
    ['86 of 172 jobs is 50%', 86, 'GTE', 172, 50],
    ['over-fulfilment caps at 100%', 200, 'GTE', 172, 100],
    ['lower is better, met', 0.06, 'LT', 0.08, 100],
    ['lower is better, 0,1% against < 0,08% is 80%', 0.1, 'LT', 0.08, 80],
    ['strict target not met stays under 100', 172, 'GT', 172, 99.9],
    ['equality: 2 of 3 schools', 2, 'EQ', 3, 66.7],
  ])('%s', (_, value, comparison, target, percent) => {
    expect(progressPercent(value, comparison, target)).toBe(percent);
  });
});

describe('formatTarget', () => {
  it('prints the comparison, the Vietnamese number and the unit', () => {
    expect(formatTarget('LT', 0.08, '%')).toBe('< 0,08%');
    expect(formatTarget('GTE', 1500, 'lao động')).toBe('≥ 1.500 lao động');
  });
});
