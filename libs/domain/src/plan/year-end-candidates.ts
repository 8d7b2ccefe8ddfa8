import { AwardTitle, type PerformanceRating } from '../awards/award-title';
import { checkEligibility } from '../eligibility/eligibility';
import type { Refusal } from '../eligibility/eligibility.types';
import { cstdcsQuota } from '../eligibility/quota';
import type { RuleSet } from '../rules/rule-set.types';
import { compareVietnameseNames } from '../text/vietnamese-collation';

export interface RatedStaff {
  personId: string;
  fullName: string;
  unitId: string;
  rating: PerformanceRating;
  monthsWorked: number;
  initiativeRecognised: boolean;
  disciplined: boolean;
}

export interface UnitResult {
  unitId: string;
  name: string;
  /** Targets the unit is responsible for, and how many of them are met at year end. */
  targetCount: number;
  targetsMet: number;
}

export interface Candidate {
  title: AwardTitle;
  kind: 'PERSON' | 'UNIT';
  /** personId or unitId */
  id: string;
  name: string;
  unitId: string;
  /** For a collective: the facts its eligibility was judged on, so the proposal is judged on the same. */
  collectiveFacts?: { planCompleted: boolean; memberCount: number; ldttMemberCount: number; membersDisciplinedAtWarningOrAbove: number };
}

export interface NotEligible {
  title: AwardTitle;
  kind: 'PERSON' | 'UNIT';
  id: string;
  name: string;
  refusals: Refusal[];
}

export interface YearEndCandidates {
  ldtt: Candidate[];
  /** Within the CSTĐCS quota, the excellent ratings first. */
  cstdcs: Candidate[];
  /** Meet the CSTĐCS criteria but exceed the quota: the council chooses among them. */
  cstdcsOverQuota: Candidate[];
  cstdcsLimit: number;
  ttldtt: Candidate[];
  notEligible: NotEligible[];
}

const RATING_ORDER: Readonly<Record<PerformanceRating, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

/**
 * Candidates of the year-end evaluation from the staff ratings and the plan's results:
 * LĐTT (Luật TĐKT 2022, Điều 24) from ratings; CSTĐCS (Điều 23) among LĐTT with an initiative,
 * capped by the quota (15% of LĐTT, rounded down — parameter, U); TTLĐTT for units whose targets
 * are all met and more than half of whose members are LĐTT (former-law criteria, parameters).
 * Every decision goes through checkEligibility, so its refusals carry their articles.
 */
export function yearEndCandidates(input: { year: number; ruleSet: RuleSet; staff: readonly RatedStaff[]; units: readonly UnitResult[] }): YearEndCandidates {
  const { year, ruleSet } = input;
  const notEligible: NotEligible[] = [];
  const ldtt: Candidate[] = [];
  const cstdcsAll: Array<Candidate & { rating: PerformanceRating }> = [];
  const staff = [...input.staff].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  for (const s of staff) {
    const candidate = {
      kind: 'INDIVIDUAL' as const,
      recipientId: s.personId,
      awardHistory: [],
      evaluation: { year, rating: s.rating },
      monthsWorkedInYear: s.monthsWorked,
      disciplined: s.disciplined,
      initiativeRecognised: s.initiativeRecognised,
    };
    const base = { kind: 'PERSON' as const, id: s.personId, name: s.fullName, unitId: s.unitId };
    const asLdtt = checkEligibility({ title: AwardTitle.LAO_DONG_TIEN_TIEN, candidate, year, ruleSet });
    if (!asLdtt.eligible) {
      notEligible.push({ ...base, title: AwardTitle.LAO_DONG_TIEN_TIEN, refusals: asLdtt.refusals });
      continue;
    }
    ldtt.push({ ...base, title: AwardTitle.LAO_DONG_TIEN_TIEN });
    const asCstdcs = checkEligibility({ title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, candidate, year, ruleSet });
    if (asCstdcs.eligible) cstdcsAll.push({ ...base, title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, rating: s.rating });
  }
  const cstdcsLimit = cstdcsQuota({ ldttCount: ldtt.length, ruleSet });
  // Stable: the better rating first, then the Vietnamese name order of the list above.
  const ranked = [...cstdcsAll].sort((a, b) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating]).map(({ rating: _rating, ...c }) => c);

  const ttldtt: Candidate[] = [];
  for (const unit of input.units) {
    const members = input.staff.filter((s) => s.unitId === unit.unitId);
    const collectiveFacts = {
      // A unit without targets of its own has no plan result to judge: not completed.
      planCompleted: unit.targetCount > 0 && unit.targetsMet === unit.targetCount,
      memberCount: members.length,
      ldttMemberCount: ldtt.filter((c) => c.unitId === unit.unitId).length,
      // Ratings record discipline without its form; any discipline is counted (stricter, U).
      membersDisciplinedAtWarningOrAbove: members.filter((m) => m.disciplined).length,
    };
    const result = checkEligibility({
      title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
      candidate: { kind: 'COLLECTIVE', recipientId: unit.unitId, awardHistory: [], ...collectiveFacts },
      year,
      ruleSet,
    });
    const base = { kind: 'UNIT' as const, id: unit.unitId, name: unit.name, title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN };
    if (result.eligible) ttldtt.push({ ...base, unitId: unit.unitId, collectiveFacts });
    else notEligible.push({ ...base, refusals: result.refusals });
  }
  return { ldtt, cstdcs: ranked.slice(0, cstdcsLimit), cstdcsOverQuota: ranked.slice(cstdcsLimit), cstdcsLimit, ttldtt, notEligible };
}
