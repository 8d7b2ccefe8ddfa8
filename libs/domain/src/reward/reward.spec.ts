import { AwardTitle } from '../awards/award-title';
import { ruleSetFor } from '../rules/rule-set';
import { DomainErrorCode } from '../shared/domain-error';
import { baseSalaryOn } from './base-salary';
import { rewardAmount } from './reward-amount';

const T = AwardTitle;

describe('baseSalaryOn', () => {
  it.each([
    ['2023-07-01', 1_800_000, 'from 01/7/2023'],
    ['2024-06-30', 1_800_000, 'last day before the 2024 raise'],
    ['2024-07-01', 2_340_000, 'Nghị định 73/2024 (C)'],
    ['2026-06-30', 2_340_000, ''],
    ['2026-07-01', 2_530_000, 'Nghị định 161/2026 (U)'],
  ])('%s → %i (mức lương cơ sở; %s)', (date, amount) => {
    expect(baseSalaryOn(date)).toBe(amount);
  });

  it('refuses dates with no known base salary', () => {
    expect(() => baseSalaryOn('2023-06-30')).toThrow(expect.objectContaining({ code: DomainErrorCode.BASE_SALARY_UNKNOWN }));
  });
});

describe('rewardAmount', () => {
  const rs = ruleSetFor('2025-12-15');
  it.each<[AwardTitle, string, number, number, string[], string]>([
    [T.TAP_THE_LAO_DONG_TIEN_TIEN, '2025-12-15', 1_872_000, 1_880_000, ['ROUNDING'], '0.8 × 2,340,000, up to 10,000 (Nghị định 98/2023, Điều 54; Nghị định 91/2017, Điều 68 khoản 2, U)'],
    [T.LAO_DONG_TIEN_TIEN, '2025-12-15', 702_000, 710_000, ['ROUNDING'], '0.3 × 2,340,000 (Nghị định 98/2023, Điều 54)'],
    [T.CHIEN_SI_THI_DUA_CO_SO, '2025-12-15', 2_340_000, 2_340_000, [], '1.0 × 2,340,000 (Nghị định 98/2023, Điều 54)'],
    [T.TO_DAN_PHO_VAN_HOA, '2025-12-15', 3_510_000, 3_510_000, [], '1.5 × 2,340,000 (Nghị định 98/2023, Điều 54)'],
    [T.CHIEN_SI_THI_DUA_CO_SO, '2024-06-28', 1_800_000, 1_800_000, [], 'decision date before 01/7/2024: 1,800,000'],
    [T.CHIEN_SI_THI_DUA_CO_SO, '2026-07-01', 2_530_000, 2_530_000, ['BASE_SALARY'], 'from 01/7/2026 (Nghị định 161/2026, U)'],
    [T.GIAY_KHEN_CA_NHAN, '2025-12-15', 351_000, 360_000, ['COEFFICIENT', 'ROUNDING'], '0.15 (former decree, U)'],
    [T.GIAY_KHEN_TAP_THE, '2025-12-15', 702_000, 710_000, ['COEFFICIENT', 'ROUNDING'], '0.3 = twice the individual (U)'],
    [T.CHIEN_SI_THI_DUA_CAP_TINH, '2025-12-15', 7_020_000, 7_020_000, [], '3.0 (Nghị định 98/2023, Điều 54)'],
  ])('%s on %s: %i → %i, unconfirmed %o (%s)', (title, date, unrounded, amount, parts) => {
    const r = rewardAmount(title, date, ruleSetFor(date));
    expect(r).toMatchObject({ unroundedVnd: unrounded, amountVnd: amount, unconfirmedParts: parts, unconfirmed: parts.length > 0 });
  });

  it('cites the decree, the base salary and the rounding (Nghị định 98/2023, Điều 54)', () => {
    expect(rewardAmount(T.TAP_THE_LAO_DONG_TIEN_TIEN, '2025-03-01', ruleSetFor('2025-03-01'))?.citation).toBe(
      'Nghị định 98/2023/NĐ-CP, Điều 54; mức lương cơ sở: Nghị định 73/2024/NĐ-CP; làm tròn: Nghị định 91/2017/NĐ-CP, Điều 68 khoản 2',
    );
  });

  it.each([
    [T.GIA_DINH_VAN_HOA, 'no money for the yearly family title (docs/documents.md §6, U)'],
    [T.BANG_KHEN_CHU_TICH_TINH, 'paid by the province (docs/legal.md silent)'],
  ])('%s → null (%s)', (title) => {
    expect(rewardAmount(title, '2025-12-15', rs)).toBeNull();
  });

  it.each([
    ['COLLECTIVE', 710_000],
    ['RESIDENTIAL_GROUP', 710_000],
    ['INDIVIDUAL', 360_000],
    ['HOUSEHOLD', 360_000],
  ] as const)('an ad-hoc Giấy khen to a %s pays %i (collective = twice the individual, U)', (recipientKind, amount) => {
    expect(rewardAmount(T.GIAY_KHEN_DOT_XUAT, '2025-12-15', rs, { recipientKind })?.amountVnd).toBe(amount);
  });

  it('computes exactly: 0.1 × 1,800,000 is 180,000, not one step more', () => {
    const tenth = ruleSetFor('2024-03-01', { rewardCoefficients: { [T.GIA_DINH_VAN_HOA]: 0.1 } });
    expect(rewardAmount(T.GIA_DINH_VAN_HOA, '2024-03-01', tenth)?.amountVnd).toBe(180_000);
  });

  it('does not round when the step is 1 (parameter)', () => {
    const exact = ruleSetFor('2025-12-15', { rewardRoundingStepVnd: 1 });
    expect(rewardAmount(T.TAP_THE_LAO_DONG_TIEN_TIEN, '2025-12-15', exact)).toMatchObject({ amountVnd: 1_872_000, unconfirmed: false });
  });

  it('takes a newer base-salary table as data', () => {
    const table = [{ effectiveFrom: '2028-07-01', amountVnd: 3_000_000, citation: 'Nghị định mới', unconfirmed: false }];
    expect(rewardAmount(T.CHIEN_SI_THI_DUA_CO_SO, '2028-08-01', ruleSetFor('2028-08-01'), { baseSalaryTable: table })?.amountVnd).toBe(3_000_000);
  });
});
