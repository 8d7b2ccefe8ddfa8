import { ruleSetFor } from '../rules/rule-set';
import { DomainError } from '../shared/domain-error';
import { awardDefinition, isWithinWardAuthority, wardAwardTitles } from './award-catalogue';
import { ALL_AWARD_TITLES, AwardTitle } from './award-title';
import { DossierPaper } from './dossier-paper';

const before = ruleSetFor('2025-03-01'); // Luật TĐKT 2022 + Nghị định 98/2023
const after = ruleSetFor('2025-09-01'); // + Nghị định 129/2025
const T = AwardTitle;

describe('isWithinWardAuthority', () => {
  it.each([
    [T.LAO_DONG_TIEN_TIEN, true, true, 'Điều 80 khoản 3'],
    [T.GIAY_KHEN_CA_NHAN, true, true, 'Điều 80 khoản 3'],
    [T.GIAY_KHEN_TAP_THE, true, true, 'Điều 80 khoản 3'],
    [T.GIAY_KHEN_DOT_XUAT, true, true, 'Điều 80 khoản 3'],
    [T.GIAY_KHEN_THEO_DOT, true, true, 'Điều 80 khoản 3'],
    [T.GIA_DINH_VAN_HOA, true, true, 'Điều 80 khoản 3'],
    [T.TAP_THE_LAO_DONG_TIEN_TIEN, false, true, 'Điều 80 khoản 2 → Nghị định 129/2025'],
    [T.CHIEN_SI_THI_DUA_CO_SO, false, true, 'Điều 80 khoản 2 → Nghị định 129/2025'],
    [T.TO_DAN_PHO_VAN_HOA, false, true, 'Điều 80 khoản 2 → Nghị định 129/2025'],
    [T.TAP_THE_LAO_DONG_XUAT_SAC, false, false, 'Điều 80: higher level'],
    [T.CHIEN_SI_THI_DUA_CAP_TINH, false, false, 'Điều 80: higher level'],
    [T.CHIEN_SI_THI_DUA_TOAN_QUOC, false, false, 'higher level'],
    [T.BANG_KHEN_CHU_TICH_TINH, false, false, 'Điều 80: higher level'],
  ])('%s: before 01/7/2025 %s, from 01/7/2025 %s (Luật TĐKT 2022, %s)', (title, beforeWard, afterWard) => {
    expect(isWithinWardAuthority(title, before)).toBe(beforeWard);
    expect(isWithinWardAuthority(title, after)).toBe(afterWard);
  });

  it('rejects an unknown title', () => {
    expect(() => isWithinWardAuthority('NOPE' as AwardTitle, after)).toThrow(DomainError);
  });
});

describe('awardDefinition', () => {
  it.each<[AwardTitle, string, string, number | null, string | null, string]>([
    [T.LAO_DONG_TIEN_TIEN, 'Lao động tiên tiến', 'INDIVIDUAL', 0.3, null, 'Luật TĐKT 2022, Điều 24; Nghị định 98/2023, Điều 54'],
    [T.CHIEN_SI_THI_DUA_CO_SO, 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL', 1.0, 'BANG_CHUNG_NHAN', 'Điều 23 (U); Nghị định 98/2023, Điều 54'],
    [T.TAP_THE_LAO_DONG_TIEN_TIEN, 'Tập thể lao động tiên tiến', 'COLLECTIVE', 0.8, null, 'Nghị định 98/2023, Điều 54'],
    [T.TO_DAN_PHO_VAN_HOA, 'Tổ dân phố văn hóa', 'RESIDENTIAL_GROUP', 1.5, 'BANG_CHUNG_NHAN', 'Nghị định 86/2023; Nghị định 98/2023, Điều 54'],
    [T.GIA_DINH_VAN_HOA, 'Gia đình văn hóa', 'HOUSEHOLD', null, null, 'Nghị định 86/2023; coefficient U'],
    [T.GIAY_KHEN_CA_NHAN, 'Giấy khen của Chủ tịch Ủy ban nhân dân phường', 'INDIVIDUAL', 0.15, 'GIAY_KHEN', 'Điều 75 khoản 2; coefficient U'],
    [T.GIAY_KHEN_TAP_THE, 'Giấy khen của Chủ tịch Ủy ban nhân dân phường (tập thể)', 'COLLECTIVE', 0.3, 'GIAY_KHEN', 'Điều 75 khoản 2; coefficient U'],
    [T.TAP_THE_LAO_DONG_XUAT_SAC, 'Tập thể lao động xuất sắc', 'COLLECTIVE', 1.5, 'BANG_CHUNG_NHAN', 'Điều 27; Nghị định 98/2023, Điều 54'],
    [T.CHIEN_SI_THI_DUA_CAP_TINH, 'Chiến sĩ thi đua cấp tỉnh', 'INDIVIDUAL', 3.0, null, 'Điều 22; Nghị định 98/2023, Điều 54'],
  ])('%s: "%s", %s, coefficient %p, certificate %p (%s)', (title, nameVi, kind, coefficient, certificate) => {
    const def = awardDefinition(title, after);
    expect(def).toMatchObject({ title, nameVi, recipientKind: kind, rewardCoefficient: coefficient, certificateKind: certificate });
  });

  it.each([
    [T.LAO_DONG_TIEN_TIEN, [DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_BINH_XET], 'Điều 84 khoản 1'],
    [T.CHIEN_SI_THI_DUA_CO_SO, [DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_BINH_XET, DossierPaper.CHUNG_NHAN_SANG_KIEN], 'Điều 84 khoản 1 điểm d'],
    [T.GIAY_KHEN_CA_NHAN, [DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_THANH_TICH, DossierPaper.BIEN_BAN_XET_KHEN_THUONG], 'Điều 84 khoản 2'],
    [T.GIAY_KHEN_DOT_XUAT, [DossierPaper.TO_TRINH, DossierPaper.BAO_CAO_TOM_TAT_THANH_TICH], 'Điều 85; Nghị định 98/2023 Điều 40'],
  ])('%s requires %o (Luật TĐKT 2022, %s)', (title, papers) => {
    expect(awardDefinition(title, after).requiredPapers).toEqual(papers);
  });

  it.each([
    [T.GIAY_KHEN_DOT_XUAT, true],
    [T.GIAY_KHEN_THEO_DOT, false],
    [T.LAO_DONG_TIEN_TIEN, false],
  ])('%s simplified procedure: %s (Luật TĐKT 2022, Điều 85)', (title, simplified) => {
    expect(awardDefinition(title, after).simplifiedProcedure).toBe(simplified);
  });

  it('names the decider and its basis (Luật TĐKT 2022, Điều 80 khoản 2; Nghị định 129/2025)', () => {
    expect(awardDefinition(T.CHIEN_SI_THI_DUA_CO_SO, before)).toMatchObject({
      decidedBy: 'DISTRICT_CHAIRMAN',
      authorityCitation: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2',
    });
    expect(awardDefinition(T.CHIEN_SI_THI_DUA_CO_SO, after)).toMatchObject({
      decidedBy: 'WARD_CHAIRMAN',
      deciderVi: 'Chủ tịch Ủy ban nhân dân phường',
    });
  });

  it('prints an LĐTT certificate only when the ward chooses to (docs/legal.md §6 setting)', () => {
    const printing = ruleSetFor('2025-09-01', { printLdttCertificate: true });
    expect(awardDefinition(T.LAO_DONG_TIEN_TIEN, printing).certificateKind).toBe('GIAY_CHUNG_NHAN');
    expect(awardDefinition(T.TAP_THE_LAO_DONG_TIEN_TIEN, printing).certificateKind).toBe('GIAY_CHUNG_NHAN');
  });

  it('marks the secret-ballot titles (Nghị định 91/2017, Điều 45 khoản 8, parameter)', () => {
    expect(awardDefinition(T.CHIEN_SI_THI_DUA_CAP_TINH, after).secretBallot).toBe(true);
    expect(awardDefinition(T.CHIEN_SI_THI_DUA_CO_SO, after).secretBallot).toBe(false);
  });

  it('defines every title under every rule set', () => {
    for (const rs of [before, after, ruleSetFor('2026-10-01')]) {
      for (const title of ALL_AWARD_TITLES) expect(awardDefinition(title, rs).title).toBe(title);
    }
  });
});

describe('wardAwardTitles', () => {
  it('lists 6 titles before and 9 from 01/7/2025 (Luật TĐKT 2022, Điều 80; Nghị định 129/2025)', () => {
    expect(wardAwardTitles(before)).toHaveLength(6);
    expect(wardAwardTitles(after)).toHaveLength(9);
  });
});
