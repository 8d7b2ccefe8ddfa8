import { achievementKey, checkEligibility, type AwardTitle, type EligibilityCandidate, type RecipientKind, type RuleSet } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { EligibilityFactsDto } from './eligibility-facts.dto';
import type { EligibilityFactsRow } from '@khenthuong/persistence';

export interface EligibilityOutcome {
  route: 'WARD_DECISION' | 'ESCALATE';
  achievementKey: string | null;
  warningsVi: string[];
}

/**
 * The domain's criteria (Luật TĐKT 2022 Điều 21–24, Điều 5; Nghị định 86/2023) over what the
 * system knows of the nominee — its award history, live proposals and imported rating — plus
 * the facts the unit states. A refusal is a 422 listing every reason with its article.
 */
export function assessEligibility(input: {
  title: AwardTitle;
  year: number;
  ruleSet: RuleSet;
  kind: RecipientKind;
  recipientId: string | null;
  achievementRef: string | undefined;
  known: EligibilityFactsRow;
  stated: EligibilityFactsDto | undefined;
}): EligibilityOutcome {
  const { known, stated = {} } = input;
  const rating = known.rating;
  const candidate: EligibilityCandidate = {
    kind: input.kind,
    recipientId: input.recipientId ?? undefined,
    awardHistory: known.history.map((h) => ({ year: h.year, title: h.title as AwardTitle })),
    // An imported rating is the record; stated values only fill what was not imported.
    evaluation: rating ? { year: input.year, rating: rating.rating as never } : stated.rating ? { year: input.year, rating: stated.rating } : null,
    monthsWorkedInYear: rating?.months_worked ?? stated.monthsWorkedInYear,
    initiativeRecognised: rating?.initiative_recognised ?? stated.initiativeRecognised,
    disciplined: rating?.disciplined ?? stated.disciplined,
    researchAccepted: stated.researchAccepted,
    initiativeWithProvincialEffect: stated.initiativeWithProvincialEffect,
    planCompleted: stated.planCompleted,
    memberCount: stated.memberCount,
    ldttMemberCount: stated.ldttMemberCount,
    membersDisciplinedAtWarningOrAbove: stated.membersDisciplinedAtWarningOrAbove,
    registeredAtStartOfYear: stated.registeredAtStartOfYear,
  };
  const result = checkEligibility({
    title: input.title,
    candidate,
    year: input.year,
    ruleSet: input.ruleSet,
    achievementRef: input.achievementRef,
    existingAchievementKeys: known.existingAchievementKeys,
  });
  if (!result.eligible) {
    throw new ApiError(ApiErrorCode.NOT_ELIGIBLE, `not eligible: ${result.refusals.map((r) => r.code).join(', ')}`, [
      { field: 'eligibility', messages: result.refusals.map((r) => r.messageVi) },
    ]);
  }
  const key = result.achievementKey ?? (input.recipientId ? achievementKey({ recipientId: input.recipientId, title: input.title, year: input.year, achievementRef: input.achievementRef }) : null);
  return { route: result.route, achievementKey: key, warningsVi: result.warnings.map((w) => w.messageVi) };
}
