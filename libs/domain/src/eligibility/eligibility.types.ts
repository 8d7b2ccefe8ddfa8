import { AwardTitle, PerformanceRating, RecipientKind } from '../awards/award-title';
import { RuleSet } from '../rules/rule-set.types';
import { DomainErrorCode, RuleViolation } from '../shared/domain-error';

export interface AwardHistoryEntry {
  year: number;
  title: AwardTitle;
  /** For ad-hoc / campaign awards: the achievement (event, campaign) that was rewarded. */
  achievementRef?: string;
}

export interface PerformanceEvaluation {
  year: number;
  rating: PerformanceRating;
}

export interface EligibilityCandidate {
  kind: RecipientKind;
  /** Stable id of the person, collective, household or group (for the Điều 5 achievement key). */
  recipientId?: string;
  awardHistory: readonly AwardHistoryEntry[];
  // Individuals
  evaluation?: PerformanceEvaluation | null;
  monthsWorkedInYear?: number;
  maternityLeaveMonths?: number;
  shortTrainingMonths?: number;
  disciplined?: boolean;
  initiativeRecognised?: boolean;
  researchAccepted?: boolean;
  /** For CSTĐ cấp tỉnh: an initiative whose effect reaches the province. */
  initiativeWithProvincialEffect?: boolean;
  // Collectives
  planCompleted?: boolean;
  memberCount?: number;
  ldttMemberCount?: number;
  membersDisciplinedAtWarningOrAbove?: number;
  // Households (Nghị định 86/2023)
  registeredAtStartOfYear?: boolean;
}

export interface EligibilityInput {
  title: AwardTitle;
  candidate: EligibilityCandidate;
  /** The year of the achievement (the emulation year). */
  year: number;
  ruleSet: RuleSet;
  /** For ad-hoc / campaign awards: what is rewarded (event, campaign id). */
  achievementRef?: string;
  /** Keys of achievements already rewarded or proposed (see achievementKey), to enforce Điều 5. */
  existingAchievementKeys?: readonly string[];
}

export type EligibilityWarningCode =
  | 'CRITERIA_NOT_CHECKED'
  | 'LDTT_DECISION_PENDING'
  | 'ESCALATION_REQUIRED'
  | 'DUE_FOR_GIAY_KHEN'
  | 'ACHIEVEMENT_NOT_IDENTIFIED'
  | 'RULE_SET_UNCONFIRMED';

export type Refusal = RuleViolation<DomainErrorCode>;
export type EligibilityWarning = RuleViolation<EligibilityWarningCode>;

export interface EligibilityResult {
  eligible: boolean;
  /** Who takes the proposal on: the ward chairman, or the higher level (never a refusal). */
  route: 'WARD_DECISION' | 'ESCALATE';
  ruleSetId: string;
  /** The Điều 5 key of this achievement, to store with the proposal; null when it cannot be formed. */
  achievementKey: string | null;
  refusals: Refusal[];
  warnings: EligibilityWarning[];
}

/** What a title's criteria found. */
export interface CriteriaFindings {
  refusals: Refusal[];
  warnings: EligibilityWarning[];
}
