import { AwardTitle } from '../awards/award-title';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { legalBasesFor, ruleSetById, ruleSetFor } from './rule-set';

describe('ruleSetFor', () => {
  it.each([
    ['2024-01-01', 'TDKT-2022/ND98-2023', 'Luật TĐKT 2022 in force 01/01/2024; Nghị định 98/2023'],
    ['2025-06-30', 'TDKT-2022/ND98-2023', 'last day of Nghị định 98/2023'],
    ['2025-07-01', 'TDKT-2022/ND152-2025', 'Nghị định 152/2025 and 129/2025 from 01/7/2025'],
    ['2026-09-30', 'TDKT-2022/ND152-2025', 'day before the 2026 amendment'],
    ['2026-10-01', 'TDKT-2026/ND152-2025', 'Luật số 06/2026/QH16 from 01/10/2026 (U)'],
    ['2030-01-01', 'TDKT-2026/ND152-2025', 'open-ended'],
  ])('%s → %s (%s)', (date, id) => {
    expect(ruleSetFor(date).id).toBe(id);
  });

  it('refuses dates before Luật TĐKT 2022 took effect (01/01/2024)', () => {
    expect(() => ruleSetFor('2023-12-31')).toThrow(expect.objectContaining({ code: DomainErrorCode.NO_RULE_SET }));
  });

  it('marks the 2026 amendment unconfirmed (docs/legal.md §1: U)', () => {
    expect(ruleSetFor('2026-10-01').unconfirmed).toBe(true);
    expect(ruleSetFor('2025-07-01').unconfirmed).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ['postingPeriodWorkingDays', 5, 'U: docs/legal.md §5'],
    ['stateAwardPostingWorkingDays', 10, 'Nghị định 98/2023 Điều 46; Nghị định 152/2025 Điều 60 khoản 3'],
    ['decisionTimeLimitWorkingDays', 10, 'U: published ward procedures'],
    ['decisionTimeLimitWithConsultationWorkingDays', 20, 'U: published ward procedures'],
    ['refusalNoticeWorkingDays', 5, 'U: published ward procedures'],
    ['maxReturnsForSupplement', 1, 'U: supplement allowed once'],
    ['cstdcsQuotaRatio', 0.15, 'Nghị định 91/2017 (U now)'],
    ['quotaRounding', 'DOWN', 'docs/legal.md §3'],
    ['cstdcsAcceptsExcellentRating', false, 'U switch (docs/legal.md §3)'],
    ['ldttMinMonthsWorked', 6, 'Thông tư 01/2024/TT-BNV (U)'],
    ['cstdCapTinhConsecutiveYears', 3, 'commentary on Luật TĐKT 2022, Điều 22'],
    ['cstdToanQuocConsecutiveYears', 2, 'commentary on Luật TĐKT 2022, Điều 21'],
    ['rewardRoundingStepVnd', 10_000, 'Nghị định 91/2017 Điều 68 khoản 2 (U)'],
  ])('default %s = %p (%s)', (name, value) => {
    expect(ruleSetFor('2026-03-01').params[name as 'postingPeriodWorkingDays']).toBe(value);
  });

  it('applies admin overrides, merging object parameters one level deep, and records them', () => {
    const rs = ruleSetFor('2026-03-01', {
      postingPeriodWorkingDays: 7,
      council: { tieBreak: 'CHAIR_CASTING_VOTE' },
      rewardCoefficients: { [AwardTitle.GIA_DINH_VAN_HOA]: 0.1 },
    });
    expect(rs.params.postingPeriodWorkingDays).toBe(7);
    expect(rs.params.council.tieBreak).toBe('CHAIR_CASTING_VOTE');
    expect(rs.params.council.quorum.fraction).toEqual({ numerator: 2, denominator: 3 });
    expect(rs.params.rewardCoefficients[AwardTitle.GIA_DINH_VAN_HOA]).toBe(0.1);
    expect(rs.params.rewardCoefficients[AwardTitle.LAO_DONG_TIEN_TIEN]).toBe(0.3);
    expect(rs.overriddenParams).toEqual(['postingPeriodWorkingDays', 'council', 'rewardCoefficients']);
    expect(ruleSetFor('2026-03-01').params.postingPeriodWorkingDays).toBe(5);
  });

  it.each([
    [{ postingPeriodWorkingDays: -1 }],
    [{ postingPeriodWorkingDays: 2.5 }],
    [{ cstdcsQuotaRatio: 1.5 }],
    [{ ldttMinMonthsWorked: 13 }],
    [{ rewardRoundingStepVnd: 0 }],
    [{ council: { quorum: { fraction: { numerator: 3, denominator: 2 }, comparison: 'AT_LEAST' as const, citation: '' } } }],
    [{ unknownParam: 1 } as never],
  ])('rejects invalid override %o', (overrides) => {
    expect(() => ruleSetFor('2026-03-01', overrides)).toThrow(DomainError);
  });

  it.each([
    ['2024-06-01', 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023'],
    ['2025-08-01', 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025'],
  ])('legal bases on %s cite the law and %s (docs/documents.md §1)', (date, decree) => {
    const bases = ruleSetFor(date).legalBasesVi;
    expect(bases[0]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương/);
    expect(bases[1]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(bases[2]).toContain(decree);
  });
});

describe('ruleSetById', () => {
  it('returns the rule set a proposal was stamped with', () => {
    expect(ruleSetById('TDKT-2022/ND98-2023').effectiveTo).toBe('2025-06-30');
    expect(() => ruleSetById('nope')).toThrow(expect.objectContaining({ code: DomainErrorCode.NO_RULE_SET }));
  });
});

describe('legalBasesFor', () => {
  it.each([
    [AwardTitle.GIA_DINH_VAN_HOA, true],
    [AwardTitle.TO_DAN_PHO_VAN_HOA, true],
    [AwardTitle.LAO_DONG_TIEN_TIEN, false],
  ])('%s adds Nghị định 86/2023: %s', (title, adds) => {
    const rs = ruleSetFor('2026-03-01');
    expect(legalBasesFor(title, rs).some((l) => l.includes('86/2023/NĐ-CP'))).toBe(adds);
  });
});
