import { AwardTitle, type PerformanceRating } from '../awards/award-title';
import { consecutiveYears, hasTitleInYear } from '../eligibility/award-history';
import { checkEligibility } from '../eligibility/eligibility';
import type { AwardHistoryEntry, Refusal } from '../eligibility/eligibility.types';
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
  /** Awards already held, whatever their source (the award register): Điều 5 and the streaks read them. */
  awardHistory?: readonly AwardHistoryEntry[];
}

export interface UnitResult {
  unitId: string;
  name: string;
  /** Targets the unit is responsible for, and how many of them are met at year end. */
  targetCount: number;
  targetsMet: number;
  awardHistory?: readonly AwardHistoryEntry[];
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
  /** CSTĐCS: consecutive years of the title up to this one if it is awarded (the CSTĐ cấp tỉnh ladder). */
  consecutiveYears?: number;
}

/** Already holds the title for the year (decided here, by a higher level or imported): not suggested again. */
export interface AlreadyAwarded {
  title: AwardTitle;
  kind: 'PERSON' | 'UNIT';
  id: string;
  name: string;
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
  alreadyAwarded: AlreadyAwarded[];
}

const RATING_ORDER: Readonly<Record<PerformanceRating, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

/**
 * Candidates of the year-end evaluation from the staff ratings and the plan's results:
 * LĐTT (Luật TĐKT 2022, Điều 24) from ratings; CSTĐCS (Điều 23) among LĐTT with an initiative,
 * capped by the quota (15% of LĐTT, rounded down — parameter, U); TTLĐTT for units whose targets
 * are all met and more than half of whose members are LĐTT (former-law criteria, parameters).
 * Every decision goes through checkEligibility, so its refusals carry their articles. A title the
 * register already holds for the year is listed as awarded, not suggested (Điều 5), and still
 * counts: a held LĐTT for the quota, the unit's share and the CSTĐCS; a held CSTĐCS against the quota.
 */
export function yearEndCandidates(input: { year: number; ruleSet: RuleSet; staff: readonly RatedStaff[]; units: readonly UnitResult[] }): YearEndCandidates {
  const { year, ruleSet } = input;
  const notEligible: NotEligible[] = [];
  const ldtt: Candidate[] = [];
  const alreadyAwarded: AlreadyAwarded[] = [];
  const ldttHolders = new Set<string>();
  let cstdcsHeld = 0;
  const cstdcsAll: Array<Candidate & { rating: PerformanceRating }> = [];
  const staff = [...input.staff].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  for (const s of staff) {
    const history = s.awardHistory ?? [];
    const candidate = {
      kind: 'INDIVIDUAL' as const,
      recipientId: s.personId,
      awardHistory: history,
      evaluation: { year, rating: s.rating },
      monthsWorkedInYear: s.monthsWorked,
      disciplined: s.disciplined,
      initiativeRecognised: s.initiativeRecognised,
    };
    const base = { kind: 'PERSON' as const, id: s.personId, name: s.fullName, unitId: s.unitId };
    if (hasTitleInYear(history, AwardTitle.LAO_DONG_TIEN_TIEN, year)) {
      alreadyAwarded.push({ ...base, title: AwardTitle.LAO_DONG_TIEN_TIEN });
    } else {
      const asLdtt = checkEligibility({ title: AwardTitle.LAO_DONG_TIEN_TIEN, candidate, year, ruleSet });
      if (!asLdtt.eligible) {
        notEligible.push({ ...base, title: AwardTitle.LAO_DONG_TIEN_TIEN, refusals: asLdtt.refusals });
        continue;
      }
      ldtt.push({ ...base, title: AwardTitle.LAO_DONG_TIEN_TIEN });
    }
    ldttHolders.add(s.personId);
    if (hasTitleInYear(history, AwardTitle.CHIEN_SI_THI_DUA_CO_SO, year)) {
      alreadyAwarded.push({ ...base, title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO });
      cstdcsHeld++;
      continue;
    }
    const asCstdcs = checkEligibility({ title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, candidate, year, ruleSet });
    if (asCstdcs.eligible) {
      const run = consecutiveYears([...history, { title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, year }], AwardTitle.CHIEN_SI_THI_DUA_CO_SO, year);
      cstdcsAll.push({ ...base, title: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, rating: s.rating, consecutiveYears: run });
    }
  }
  const cstdcsLimit = Math.max(0, cstdcsQuota({ ldttCount: ldttHolders.size, ruleSet }) - cstdcsHeld);
  // Stable: the better rating first, then the Vietnamese name order of the list above.
  const ranked = [...cstdcsAll].sort((a, b) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating]).map(({ rating: _rating, ...c }) => c);

  const ttldtt: Candidate[] = [];
  for (const unit of input.units) {
    const base = { kind: 'UNIT' as const, id: unit.unitId, name: unit.name, title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN };
    if (hasTitleInYear(unit.awardHistory ?? [], AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, year)) {
      alreadyAwarded.push(base);
      continue;
    }
    const members = input.staff.filter((s) => s.unitId === unit.unitId);
    const collectiveFacts = {
      // A unit without targets of its own has no plan result to judge: not completed.
      planCompleted: unit.targetCount > 0 && unit.targetsMet === unit.targetCount,
      memberCount: members.length,
      ldttMemberCount: members.filter((m) => ldttHolders.has(m.personId)).length,
      // Ratings record discipline without its form; any discipline is counted (stricter, U).
      membersDisciplinedAtWarningOrAbove: members.filter((m) => m.disciplined).length,
    };
    const result = checkEligibility({
      title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
      candidate: { kind: 'COLLECTIVE', recipientId: unit.unitId, awardHistory: unit.awardHistory ?? [], ...collectiveFacts },
      year,
      ruleSet,
    });
    if (result.eligible) ttldtt.push({ ...base, unitId: unit.unitId, collectiveFacts });
    else notEligible.push({ ...base, refusals: result.refusals });
  }
  return { ldtt, cstdcs: ranked.slice(0, cstdcsLimit), cstdcsOverQuota: ranked.slice(cstdcsLimit), cstdcsLimit, ttldtt, notEligible, alreadyAwarded };
}
