import { AwardTitle } from '../awards/award-title';
import { DomainErrorCode } from '../shared/domain-error';
import { ruleSetFor } from '../rules/rule-set';
import { yearEndCandidates, type RatedStaff } from './year-end-candidates';

const ruleSet = ruleSetFor('2024-12-31');

function staff(n: number, overrides: Partial<RatedStaff> = {}): RatedStaff {
  return { personId: `p${n}`, fullName: `Nguyễn Văn ${String.fromCharCode(64 + n)}`, unitId: 'u1', rating: 'HTTNV', monthsWorked: 12, initiativeRecognised: false, disciplined: false, ...overrides };
}

describe('yearEndCandidates', () => {
  it('Luật TĐKT 2022, Điều 24: LĐTT needs "hoàn thành tốt nhiệm vụ trở lên"; HTNV is refused with the article', () => {
    const result = yearEndCandidates({ year: 2024, ruleSet, staff: [staff(1), staff(2, { rating: 'HTNV' })], units: [] });
    expect(result.ldtt.map((c) => c.id)).toEqual(['p1']);
    const refused = result.notEligible.find((n) => n.id === 'p2')!;
    expect(refused.refusals[0]).toMatchObject({ code: DomainErrorCode.NOT_ELIGIBLE_RATING, citation: 'Luật Thi đua, khen thưởng 2022, Điều 24' });
  });

  it('Thông tư 01/2024/TT-BNV: fewer than 6 months in the year is no LĐTT', () => {
    const result = yearEndCandidates({ year: 2024, ruleSet, staff: [staff(1, { monthsWorked: 5 })], units: [] });
    expect(result.ldtt).toEqual([]);
    expect(result.notEligible[0]?.refusals.map((r) => r.code)).toContain(DomainErrorCode.NOT_ELIGIBLE_MONTHS_WORKED);
  });

  it('Luật TĐKT 2022, Điều 23 and the 15% quota: CSTĐCS among LĐTT with an initiative, excellent ratings first, rest over quota', () => {
    const team = [
      ...Array.from({ length: 12 }, (_, i) => staff(i + 1)),
      staff(13, { initiativeRecognised: true }),
      staff(14, { initiativeRecognised: true, rating: 'HTXSNV' }),
    ];
    const result = yearEndCandidates({ year: 2024, ruleSet, staff: team, units: [] });
    expect(result.ldtt).toHaveLength(14);
    // 15% of 14 = 2,1 → 2 (rounded down)
    expect(result.cstdcsLimit).toBe(2);
    expect(result.cstdcs.map((c) => c.id)).toEqual(['p14', 'p13']);
    expect(result.cstdcsOverQuota).toEqual([]);
    expect(result.cstdcs[0]?.title).toBe(AwardTitle.CHIEN_SI_THI_DUA_CO_SO);
  });

  it('puts CSTĐCS beyond the quota aside for the council', () => {
    const team = [staff(1, { initiativeRecognised: true }), staff(2, { initiativeRecognised: true })];
    const result = yearEndCandidates({ year: 2024, ruleSet, staff: team, units: [] });
    expect(result.cstdcsLimit).toBe(0);
    expect(result.cstdcsOverQuota.map((c) => c.id)).toEqual(['p1', 'p2']);
  });

  it('TTLĐTT (former-law criteria, parameters): all targets met and more than half LĐTT; an unmet target refuses', () => {
    const team = [staff(1), staff(2), staff(3, { unitId: 'u2' }), staff(4, { unitId: 'u2' })];
    const result = yearEndCandidates({
      year: 2024,
      ruleSet,
      staff: team,
      units: [
        { unitId: 'u1', name: 'Trạm Y tế phường Ngô Quyền', targetCount: 2, targetsMet: 2 },
        { unitId: 'u2', name: 'Bộ phận Văn hóa - Xã hội', targetCount: 3, targetsMet: 2 },
        { unitId: 'u3', name: 'Tổ dân phố số 1', targetCount: 0, targetsMet: 0 },
      ],
    });
    expect(result.ttldtt.map((c) => c.id)).toEqual(['u1']);
    const refusedCodes = (id: string) => result.notEligible.find((n) => n.id === id)?.refusals.map((r) => r.code);
    expect(refusedCodes('u2')).toContain(DomainErrorCode.NOT_ELIGIBLE_PLAN_NOT_COMPLETED);
    expect(refusedCodes('u3')).toContain(DomainErrorCode.NOT_ELIGIBLE_PLAN_NOT_COMPLETED);
  });

  it('Điều 5: whoever already holds the year\'s title (decided or imported) is not suggested again, yet counts for the quota and the unit', () => {
    const held = [{ title: AwardTitle.LAO_DONG_TIEN_TIEN, year: 2024 }];
    const team = [staff(1, { awardHistory: held, initiativeRecognised: true }), staff(2, { awardHistory: [...held, { title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, year: 2024 }] }), staff(3, { rating: 'HTNV' })];
    const result = yearEndCandidates({
      year: 2024,
      ruleSet,
      staff: team,
      units: [
        { unitId: 'u1', name: 'Trạm Y tế phường Ngô Quyền', targetCount: 1, targetsMet: 1 },
        { unitId: 'u2', name: 'Tổ dân phố số 1', targetCount: 1, targetsMet: 1, awardHistory: [{ title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, year: 2024 }] },
      ],
    });
    expect(result.ldtt).toEqual([]);
    expect(result.alreadyAwarded.map((a) => `${a.id} ${a.title}`)).toEqual(['p1 LAO_DONG_TIEN_TIEN', 'p2 LAO_DONG_TIEN_TIEN', 'p2 CHIEN_SI_THI_DUA_CO_SO', 'u2 TAP_THE_LAO_DONG_TIEN_TIEN']);
    // p1's LĐTT of the year makes the CSTĐCS possible; two LĐTT of three members carry the unit.
    expect([...result.cstdcs, ...result.cstdcsOverQuota].map((c) => c.id)).toEqual(['p1']);
    expect(result.ttldtt.map((c) => c.id)).toEqual(['u1']);
    expect(result.notEligible.map((n) => n.id)).toEqual(['p3']);
  });

  it('counts an imported CSTĐCS run like a decided one: the years running, this one included', () => {
    const history = [2022, 2023].map((year) => ({ title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, year }));
    const team = [staff(1, { initiativeRecognised: true, rating: 'HTXSNV', awardHistory: history }), ...[2, 3, 4, 5, 6, 7].map((n) => staff(n))];
    const result = yearEndCandidates({ year: 2024, ruleSet, staff: team, units: [] });
    expect(result.cstdcs).toEqual([expect.objectContaining({ id: 'p1', consecutiveYears: 3 })]);
  });
});
