/**
 * Typed domain errors. Services map the code to an HTTP status and show `messageVi` to the user;
 * workflows raise a non-retryable ApplicationFailure whose `type` is the code.
 */
export enum DomainErrorCode {
  // Input shape
  INVALID_DATE = 'INVALID_DATE',
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  INVALID_LUNAR_DATE = 'INVALID_LUNAR_DATE',
  INVALID_CALENDAR_DATA = 'INVALID_CALENDAR_DATA',
  DATE_OUT_OF_RANGE = 'DATE_OUT_OF_RANGE',
  // Rule sets and catalogue
  NO_RULE_SET = 'NO_RULE_SET',
  UNKNOWN_AWARD_TITLE = 'UNKNOWN_AWARD_TITLE',
  BASE_SALARY_UNKNOWN = 'BASE_SALARY_UNKNOWN',
  NOT_WITHIN_WARD_AUTHORITY = 'NOT_WITHIN_WARD_AUTHORITY',
  // Eligibility refusals
  NOT_ELIGIBLE_RECIPIENT_KIND = 'NOT_ELIGIBLE_RECIPIENT_KIND',
  NOT_ELIGIBLE_EVALUATION_MISSING = 'NOT_ELIGIBLE_EVALUATION_MISSING',
  NOT_ELIGIBLE_RATING = 'NOT_ELIGIBLE_RATING',
  NOT_ELIGIBLE_MONTHS_WORKED = 'NOT_ELIGIBLE_MONTHS_WORKED',
  NOT_ELIGIBLE_DISCIPLINED = 'NOT_ELIGIBLE_DISCIPLINED',
  NOT_ELIGIBLE_NO_LDTT = 'NOT_ELIGIBLE_NO_LDTT',
  NOT_ELIGIBLE_NO_INITIATIVE = 'NOT_ELIGIBLE_NO_INITIATIVE',
  NOT_ELIGIBLE_CONSECUTIVE_YEARS = 'NOT_ELIGIBLE_CONSECUTIVE_YEARS',
  NOT_ELIGIBLE_PLAN_NOT_COMPLETED = 'NOT_ELIGIBLE_PLAN_NOT_COMPLETED',
  NOT_ELIGIBLE_LDTT_SHARE = 'NOT_ELIGIBLE_LDTT_SHARE',
  NOT_ELIGIBLE_MEMBER_DISCIPLINED = 'NOT_ELIGIBLE_MEMBER_DISCIPLINED',
  NOT_ELIGIBLE_NOT_REGISTERED = 'NOT_ELIGIBLE_NOT_REGISTERED',
  MISSING_INFORMATION = 'MISSING_INFORMATION',
  DUPLICATE_ACHIEVEMENT = 'DUPLICATE_ACHIEVEMENT',
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  // Council
  INVALID_COUNCIL = 'INVALID_COUNCIL',
  INVALID_BALLOT = 'INVALID_BALLOT',
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    readonly messageVi: string,
    readonly citation?: string,
  ) {
    super(`${code}: ${messageVi}`);
  }
}

/** A reason a rule refused something: the code, a Vietnamese sentence naming the article, the article. */
export interface RuleViolation<C extends string = DomainErrorCode> {
  code: C;
  messageVi: string;
  citation: string;
}

/** Vietnamese message with its citation appended, as shown to users: "… (Luật …, Điều 24)." */
export function withCitation(messageVi: string, citation: string): string {
  return `${messageVi} (${citation}).`;
}
