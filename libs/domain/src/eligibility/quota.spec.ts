import { ruleSetFor } from '../rules/rule-set';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { checkCstdcsQuota, cstdcsQuota } from './quota';

const rs = ruleSetFor('2025-12-15');

describe('cstdcsQuota', () => {
  it.each([
    [0, 0],
    [6, 0],
    [7, 1], // 1.05 → 1
    [13, 1], // 1.95 → 1 (down, not nearest)
    [14, 2], // 2.1
    [20, 3], // exactly 3, not 2.9999…
    [100, 15],
    [119, 17], // 17.85 → 17
  ])('%i LĐTT → at most %i CSTĐCS (15%, rounded down; Nghị định 91/2017, U now)', (ldttCount, limit) => {
    expect(cstdcsQuota({ ldttCount, ruleSet: rs })).toBe(limit);
  });

  it('accepts the Vietnamese spelling lđttCount', () => {
    expect(cstdcsQuota({ lđttCount: 20, ruleSet: rs })).toBe(3);
  });

  it.each([
    ['HALF_UP', 13, 2],
    ['UP', 7, 2],
    ['DOWN', 13, 1],
  ] as const)('rounding %s of %i → %i (parameter)', (quotaRounding, ldttCount, limit) => {
    expect(cstdcsQuota({ ldttCount, ruleSet: ruleSetFor('2025-12-15', { quotaRounding }) })).toBe(limit);
  });

  it('follows an admin ratio (e.g. 29% of 100 is exactly 29)', () => {
    expect(cstdcsQuota({ ldttCount: 100, ruleSet: ruleSetFor('2025-12-15', { cstdcsQuotaRatio: 0.29 }) })).toBe(29);
  });

  it.each([[-1], [2.5]])('rejects %s', (ldttCount) => {
    expect(() => cstdcsQuota({ ldttCount, ruleSet: rs })).toThrow(DomainError);
  });
});

describe('checkCstdcsQuota', () => {
  it('accepts up to the limit (Nghị định 91/2017: 15%, U)', () => {
    expect(checkCstdcsQuota({ ldttCount: 20, proposed: 3, ruleSet: rs })).toMatchObject({ limit: 3, withinQuota: true, refusal: null });
  });

  it('refuses above it with a Vietnamese reason naming the source', () => {
    const r = checkCstdcsQuota({ ldttCount: 20, proposed: 4, ruleSet: rs });
    expect(r.withinQuota).toBe(false);
    expect(r.refusal?.code).toBe(DomainErrorCode.QUOTA_EXCEEDED);
    expect(r.refusal?.messageVi).toBe(
      'Số đề nghị "Chiến sĩ thi đua cơ sở" (4) vượt quá 15% số "Lao động tiên tiến" (20): tối đa 3 (tỷ lệ do phường áp dụng theo Nghị định 91/2017/NĐ-CP).',
    );
  });
});
