import { AwardTitle } from '../awards/award-title';
import { ruleSetFor } from '../rules/rule-set';
import { RuleSet } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { achievementKey } from './achievement-key';
import { checkEligibility } from './eligibility';
import { EligibilityCandidate } from './eligibility.types';

const T = AwardTitle;
const C = DomainErrorCode;
const YEAR = 2025;
const rs = ruleSetFor('2025-12-15'); // Nghị định 152/2025 + 129/2025: the ward decides all ward titles

/** A civil servant who completes duties well, worked all year, no discipline, no initiative. */
const person = (over: Partial<EligibilityCandidate> = {}): EligibilityCandidate => ({
  kind: 'INDIVIDUAL',
  recipientId: 'p-1',
  awardHistory: [],
  evaluation: { year: YEAR, rating: 'HTTNV' },
  monthsWorkedInYear: 12,
  disciplined: false,
  ...over,
});

const collective = (over: Partial<EligibilityCandidate> = {}): EligibilityCandidate => ({
  kind: 'COLLECTIVE',
  recipientId: 'u-1',
  awardHistory: [],
  planCompleted: true,
  memberCount: 10,
  ldttMemberCount: 6,
  membersDisciplinedAtWarningOrAbove: 0,
  ...over,
});

const codes = (title: AwardTitle, candidate: EligibilityCandidate, ruleSet: RuleSet = rs, extra = {}) =>
  checkEligibility({ title, candidate, year: YEAR, ruleSet, ...extra }).refusals.map((r) => r.code);

describe('checkEligibility', () => {
  it.each<[string, AwardTitle, EligibilityCandidate, DomainErrorCode[]]>([
    // Lao động tiên tiến — Luật TĐKT 2022, Điều 24
    ['LĐTT, HTTNV, 12 months (Luật TĐKT 2022, Điều 24)', T.LAO_DONG_TIEN_TIEN, person(), []],
    ['LĐTT, HTXSNV (Điều 24: tốt trở lên)', T.LAO_DONG_TIEN_TIEN, person({ evaluation: { year: YEAR, rating: 'HTXSNV' } }), []],
    ['LĐTT refused for HTNV (Điều 24)', T.LAO_DONG_TIEN_TIEN, person({ evaluation: { year: YEAR, rating: 'HTNV' } }), [C.NOT_ELIGIBLE_RATING]],
    ['LĐTT refused for KHTNV (Điều 24)', T.LAO_DONG_TIEN_TIEN, person({ evaluation: { year: YEAR, rating: 'KHTNV' } }), [C.NOT_ELIGIBLE_RATING]],
    ['LĐTT refused without an evaluation of the year (Điều 24)', T.LAO_DONG_TIEN_TIEN, person({ evaluation: { year: YEAR - 1, rating: 'HTXSNV' } }), [C.NOT_ELIGIBLE_EVALUATION_MISSING]],
    ['LĐTT refused under 6 months (Thông tư 01/2024/TT-BNV, U)', T.LAO_DONG_TIEN_TIEN, person({ monthsWorkedInYear: 5 }), [C.NOT_ELIGIBLE_MONTHS_WORKED]],
    ['LĐTT: 4 months + 2 of maternity leave count (Thông tư 01/2024/TT-BNV, U)', T.LAO_DONG_TIEN_TIEN, person({ monthsWorkedInYear: 4, maternityLeaveMonths: 2 }), []],
    ['LĐTT: 5 months + 1 of short training count (Thông tư 01/2024/TT-BNV, U)', T.LAO_DONG_TIEN_TIEN, person({ monthsWorkedInYear: 5, shortTrainingMonths: 1 }), []],
    ['LĐTT refused without months worked (Thông tư 01/2024/TT-BNV)', T.LAO_DONG_TIEN_TIEN, person({ monthsWorkedInYear: undefined }), [C.MISSING_INFORMATION]],
    ['LĐTT refused when disciplined (Điều 24; threshold U)', T.LAO_DONG_TIEN_TIEN, person({ disciplined: true }), [C.NOT_ELIGIBLE_DISCIPLINED]],
    ['LĐTT refused for a collective (Điều 24: individuals)', T.LAO_DONG_TIEN_TIEN, collective(), [C.NOT_ELIGIBLE_RECIPIENT_KIND]],
    // Chiến sĩ thi đua cơ sở — Luật TĐKT 2022, Điều 23 (U)
    ['CSTĐCS: LĐTT same year + initiative (Điều 23)', T.CHIEN_SI_THI_DUA_CO_SO, person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }], initiativeRecognised: true }), []],
    ['CSTĐCS: LĐTT same year + accepted research (Điều 23)', T.CHIEN_SI_THI_DUA_CO_SO, person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }], researchAccepted: true }), []],
    ['CSTĐCS refused without initiative or research (Điều 23)', T.CHIEN_SI_THI_DUA_CO_SO, person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }] }), [C.NOT_ELIGIBLE_NO_INITIATIVE]],
    ['CSTĐCS refused with HTXSNV but no initiative, switch off (Điều 23, U)', T.CHIEN_SI_THI_DUA_CO_SO, person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }], evaluation: { year: YEAR, rating: 'HTXSNV' } }), [C.NOT_ELIGIBLE_NO_INITIATIVE]],
    ['CSTĐCS refused when LĐTT criteria fail (Điều 23 + Điều 24)', T.CHIEN_SI_THI_DUA_CO_SO, person({ evaluation: { year: YEAR, rating: 'HTNV' }, initiativeRecognised: true }), [C.NOT_ELIGIBLE_NO_LDTT, C.NOT_ELIGIBLE_RATING]],
    ['CSTĐCS: LĐTT of the previous year does not count (Điều 23)', T.CHIEN_SI_THI_DUA_CO_SO, person({ awardHistory: [{ year: YEAR - 1, title: T.LAO_DONG_TIEN_TIEN }], monthsWorkedInYear: 3, initiativeRecognised: true }), [C.NOT_ELIGIBLE_NO_LDTT, C.NOT_ELIGIBLE_MONTHS_WORKED]],
    // Tập thể lao động tiên tiến — former-law criteria as parameters (U)
    ['TTLĐTT: plan done, 60% LĐTT (Luật TĐKT 2022, TTLĐTT article U)', T.TAP_THE_LAO_DONG_TIEN_TIEN, collective(), []],
    ['TTLĐTT refused at exactly 50% LĐTT ("trên 50%", U)', T.TAP_THE_LAO_DONG_TIEN_TIEN, collective({ ldttMemberCount: 5 }), [C.NOT_ELIGIBLE_LDTT_SHARE]],
    ['TTLĐTT refused when the plan is not completed (U)', T.TAP_THE_LAO_DONG_TIEN_TIEN, collective({ planCompleted: false }), [C.NOT_ELIGIBLE_PLAN_NOT_COMPLETED]],
    ['TTLĐTT refused with a member warned or worse (U)', T.TAP_THE_LAO_DONG_TIEN_TIEN, collective({ membersDisciplinedAtWarningOrAbove: 1 }), [C.NOT_ELIGIBLE_MEMBER_DISCIPLINED]],
    ['TTLĐTT refused without member counts (U)', T.TAP_THE_LAO_DONG_TIEN_TIEN, collective({ memberCount: undefined }), [C.MISSING_INFORMATION]],
    ['TTLĐTT refused for an individual', T.TAP_THE_LAO_DONG_TIEN_TIEN, person(), [C.NOT_ELIGIBLE_RECIPIENT_KIND]],
    // Cultural titles — Nghị định 86/2023
    ['Gia đình văn hóa for a registered household (Nghị định 86/2023)', T.GIA_DINH_VAN_HOA, { kind: 'HOUSEHOLD', awardHistory: [], registeredAtStartOfYear: true }, []],
    ['Gia đình văn hóa refused without registration (Nghị định 86/2023, U)', T.GIA_DINH_VAN_HOA, { kind: 'HOUSEHOLD', awardHistory: [], registeredAtStartOfYear: false }, [C.NOT_ELIGIBLE_NOT_REGISTERED]],
    ['Tổ dân phố văn hóa refused for a household (Nghị định 86/2023)', T.TO_DAN_PHO_VAN_HOA, { kind: 'HOUSEHOLD', awardHistory: [] }, [C.NOT_ELIGIBLE_RECIPIENT_KIND]],
    // Giấy khen — Điều 75 khoản 2 (criteria by the province)
    ['Giấy khen cá nhân (Điều 75 khoản 2)', T.GIAY_KHEN_CA_NHAN, person(), []],
    ['Giấy khen tập thể for a residential group (Điều 75 khoản 2)', T.GIAY_KHEN_TAP_THE, { kind: 'RESIDENTIAL_GROUP', awardHistory: [] }, []],
    ['Giấy khen đột xuất for a household (Điều 85)', T.GIAY_KHEN_DOT_XUAT, { kind: 'HOUSEHOLD', awardHistory: [] }, []],
    // Higher titles — N consecutive years
    ['CSTĐ cấp tỉnh: 3 consecutive CSTĐCS + provincial initiative (Điều 22)', T.CHIEN_SI_THI_DUA_CAP_TINH, person({ awardHistory: [2023, 2024, 2025].map((year) => ({ year, title: T.CHIEN_SI_THI_DUA_CO_SO })), initiativeWithProvincialEffect: true }), []],
    ['CSTĐ cấp tỉnh refused with a gap (2022, 2024, 2025; Điều 22)', T.CHIEN_SI_THI_DUA_CAP_TINH, person({ awardHistory: [2022, 2024, 2025].map((year) => ({ year, title: T.CHIEN_SI_THI_DUA_CO_SO })), initiativeWithProvincialEffect: true }), [C.NOT_ELIGIBLE_CONSECUTIVE_YEARS]],
    ['CSTĐ cấp tỉnh refused without provincial initiative (Điều 22)', T.CHIEN_SI_THI_DUA_CAP_TINH, person({ awardHistory: [2023, 2024, 2025].map((year) => ({ year, title: T.CHIEN_SI_THI_DUA_CO_SO })) }), [C.NOT_ELIGIBLE_NO_INITIATIVE]],
    ['CSTĐ toàn quốc: 2 consecutive CSTĐ cấp tỉnh (Điều 21)', T.CHIEN_SI_THI_DUA_TOAN_QUOC, person({ awardHistory: [2024, 2025].map((year) => ({ year, title: T.CHIEN_SI_THI_DUA_CAP_TINH })) }), []],
    ['CSTĐ toàn quốc refused with 1 (Điều 21)', T.CHIEN_SI_THI_DUA_TOAN_QUOC, person({ awardHistory: [{ year: 2025, title: T.CHIEN_SI_THI_DUA_CAP_TINH }] }), [C.NOT_ELIGIBLE_CONSECUTIVE_YEARS]],
    // Điều 5 — one achievement, one reward
    ['LĐTT refused when already granted for the year (Luật TĐKT 2022, Điều 5)', T.LAO_DONG_TIEN_TIEN, person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }] }), [C.DUPLICATE_ACHIEVEMENT]],
  ])('%s', (_name, title, candidate, expected) => {
    expect(codes(title, candidate)).toEqual(expected);
  });

  it('flags a second proposal for the same achievement by its key (Luật TĐKT 2022, Điều 5)', () => {
    const key = achievementKey({ recipientId: 'p-1', title: T.LAO_DONG_TIEN_TIEN, year: YEAR });
    expect(codes(T.LAO_DONG_TIEN_TIEN, person(), rs, { existingAchievementKeys: [key] })).toEqual([C.DUPLICATE_ACHIEVEMENT]);
    expect(codes(T.LAO_DONG_TIEN_TIEN, person(), rs, { existingAchievementKeys: ['p-1|LAO_DONG_TIEN_TIEN|2024'] })).toEqual([]);
  });

  it('flags a second form for the same ad-hoc feat (Luật TĐKT 2022, Điều 5: nhiều hình thức)', () => {
    const feat = 'Cứu người đuối nước ngày 12/7/2025';
    const first = checkEligibility({ title: T.GIAY_KHEN_DOT_XUAT, candidate: person(), year: YEAR, ruleSet: rs, achievementRef: feat });
    expect(first.eligible).toBe(true);
    expect(first.achievementKey).toBe('p-1|ref:cuu nguoi duoi nuoc ngay 12/7/2025');
    const again = checkEligibility({
      title: T.GIAY_KHEN_THEO_DOT,
      candidate: person(),
      year: YEAR,
      ruleSet: rs,
      achievementRef: 'cứu người đuối nước ngày 12/7/2025',
      existingAchievementKeys: [first.achievementKey ?? ''],
    });
    expect(again.refusals.map((r) => r.code)).toEqual([C.DUPLICATE_ACHIEVEMENT]);
    const history = checkEligibility({
      title: T.GIAY_KHEN_DOT_XUAT,
      candidate: person({ awardHistory: [{ year: YEAR, title: T.GIAY_KHEN_THEO_DOT, achievementRef: feat }] }),
      year: YEAR,
      ruleSet: rs,
      achievementRef: feat,
    });
    expect(history.refusals.map((r) => r.code)).toEqual([C.DUPLICATE_ACHIEVEMENT]);
  });

  it('names the article in every refusal message (Luật TĐKT 2022, Điều 24)', () => {
    const [r] = checkEligibility({ title: T.LAO_DONG_TIEN_TIEN, candidate: person({ evaluation: { year: YEAR, rating: 'HTNV' } }), year: YEAR, ruleSet: rs }).refusals;
    expect(r).toEqual({
      code: C.NOT_ELIGIBLE_RATING,
      messageVi: 'Kết quả xếp loại năm 2025 là "Hoàn thành nhiệm vụ", chưa đạt "hoàn thành tốt nhiệm vụ" trở lên (Luật Thi đua, khen thưởng 2022, Điều 24).',
      citation: 'Luật Thi đua, khen thưởng 2022, Điều 24',
    });
  });

  it('accepts HTXSNV instead of an initiative when the rule-set switch is on (Điều 23, sources disagree: U)', () => {
    const lenient = ruleSetFor('2025-12-15', { cstdcsAcceptsExcellentRating: true });
    const c = person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }], evaluation: { year: YEAR, rating: 'HTXSNV' } });
    expect(codes(T.CHIEN_SI_THI_DUA_CO_SO, c, lenient)).toEqual([]);
    expect(codes(T.CHIEN_SI_THI_DUA_CO_SO, { ...c, evaluation: { year: YEAR, rating: 'HTTNV' } }, lenient)).toEqual([C.NOT_ELIGIBLE_NO_INITIATIVE]);
  });

  it('warns that the LĐTT decision must come first when CSTĐCS is proposed in the same round (Điều 23)', () => {
    const r = checkEligibility({ title: T.CHIEN_SI_THI_DUA_CO_SO, candidate: person({ initiativeRecognised: true }), year: YEAR, ruleSet: rs });
    expect(r.eligible).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['LDTT_DECISION_PENDING']);
  });

  it.each([
    [T.CHIEN_SI_THI_DUA_CO_SO, '2025-03-01', 'ESCALATE', 'Luật TĐKT 2022, Điều 80 khoản 2: district before 01/7/2025'],
    [T.CHIEN_SI_THI_DUA_CO_SO, '2025-12-15', 'WARD_DECISION', 'Nghị định 129/2025'],
    [T.TAP_THE_LAO_DONG_XUAT_SAC, '2025-12-15', 'ESCALATE', 'Điều 80: higher level'],
    [T.BANG_KHEN_CHU_TICH_TINH, '2025-12-15', 'ESCALATE', 'Điều 80: higher level'],
  ])('routes %s on %s to %s, never refusing for authority (%s)', (title, date, route) => {
    const candidate = title === T.TAP_THE_LAO_DONG_XUAT_SAC ? collective() : person({ awardHistory: [{ year: YEAR, title: T.LAO_DONG_TIEN_TIEN }], initiativeRecognised: true });
    const r = checkEligibility({ title, candidate, year: YEAR, ruleSet: ruleSetFor(date) });
    expect(r.route).toBe(route);
    expect(r.eligible).toBe(true);
    expect(r.warnings.some((w) => w.code === 'ESCALATION_REQUIRED')).toBe(route === 'ESCALATE');
  });

  it.each([
    [[2023, 2024], true, '3rd year'],
    [[2024], false, '2nd year'],
    [[2020, 2021, 2022, 2023, 2024], true, '6th year'],
  ])('Gia đình văn hóa with prior years %o: due for Giấy khen %s (practice, U: every 3 years)', (years, due) => {
    const candidate: EligibilityCandidate = { kind: 'HOUSEHOLD', awardHistory: years.map((year) => ({ year, title: T.GIA_DINH_VAN_HOA })) };
    const r = checkEligibility({ title: T.GIA_DINH_VAN_HOA, candidate, year: YEAR, ruleSet: rs });
    expect(r.warnings.some((w) => w.code === 'DUE_FOR_GIAY_KHEN')).toBe(due);
  });

  it('asks which achievement an ad-hoc award rewards (Luật TĐKT 2022, Điều 5)', () => {
    const r = checkEligibility({ title: T.GIAY_KHEN_DOT_XUAT, candidate: person(), year: YEAR, ruleSet: rs });
    expect(r.warnings.map((w) => w.code)).toContain('ACHIEVEMENT_NOT_IDENTIFIED');
  });

  it('stamps the rule-set id and warns when the rule set is unconfirmed (Luật số 06/2026/QH16, U)', () => {
    const r = checkEligibility({ title: T.LAO_DONG_TIEN_TIEN, candidate: person(), year: 2026, ruleSet: ruleSetFor('2026-12-01') });
    expect(r.ruleSetId).toBe('TDKT-2026/ND152-2025');
    expect(r.warnings.map((w) => w.code)).toContain('RULE_SET_UNCONFIRMED');
  });

  it('rejects an absurd year', () => {
    expect(() => checkEligibility({ title: T.LAO_DONG_TIEN_TIEN, candidate: person(), year: 25, ruleSet: rs })).toThrow(DomainError);
  });
});

describe('achievementKey', () => {
  it.each([
    [{ recipientId: 'p-1', title: T.LAO_DONG_TIEN_TIEN, year: 2025 }, 'p-1|LAO_DONG_TIEN_TIEN|2025'],
    [{ recipientId: 'p-1', title: T.GIAY_KHEN_DOT_XUAT, year: 2025, achievementRef: '  Đợt thi đua 30/4 ' }, 'p-1|ref:dot thi dua 30/4'],
    [{ recipientId: 'p-1', title: T.GIAY_KHEN_THEO_DOT, year: 2025, achievementRef: 'ĐỢT THI ĐUA 30/4' }, 'p-1|ref:dot thi dua 30/4'],
  ])('%o → %s (Luật TĐKT 2022, Điều 5)', (input, key) => {
    expect(achievementKey(input)).toBe(key);
  });
});
