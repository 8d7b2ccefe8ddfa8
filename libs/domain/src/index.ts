// Public API of @khenthuong/domain: pure legal rules, no I/O, no framework, no clock.

// Shared
// roles/role.ts: the process roles the api checks.
export { ROLE_LABEL_VI, ROLES } from './roles/role';
export type { Role } from './roles/role';
export { DomainError, DomainErrorCode, withCitation } from './shared/domain-error';
export type { RuleViolation } from './shared/domain-error';
export {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isValidIsoDate,
  isWeekend,
  parseIsoDate,
  toIsoDate,
  vietnamDateOf,
  yearOf,
} from './shared/iso-date';
export type { CivilDate, IsoDate } from './shared/iso-date';

// Calendar
export { lunarNewYear, lunarToSolar, solarToLunar } from './calendar/lunar';
export type { LunarDate } from './calendar/lunar';
export { VIETNAM_CALENDAR_DATA } from './calendar/calendar-data';
export type { DayOffEntry, DayOffStatus, YearCalendarData } from './calendar/calendar-data';
export { addHolidaysWithCompensation, estimateYearCalendar, statutoryHolidays, validateCalendarData } from './calendar/statutory-holidays';
export type { HolidayEstimateOptions } from './calendar/statutory-holidays';
export { WorkingDayCalendar } from './calendar/working-day-calendar';
export type { WorkingDayCalendarOptions } from './calendar/working-day-calendar';

// Awards and rule sets
export { ALL_AWARD_TITLES, AwardTitle, PERFORMANCE_RATING_NAMES_VI } from './awards/award-title';
export type { PerformanceRating, RecipientKind } from './awards/award-title';
export { CERTIFICATE_KIND_NAMES_VI, DOSSIER_PAPER_NAMES_VI, DossierPaper, ROUND_LIST_PAPERS } from './awards/dossier-paper';
export type { CertificateKind } from './awards/dossier-paper';
export { awardDefinition, isWithinWardAuthority, wardAwardTitles } from './awards/award-catalogue';
export { awardTitleName } from './awards/award-title-name';
export type { AwardCategory, AwardDefinition, AwardFrequency } from './awards/award-catalogue';
export { legalBasesFor, ruleSetById, ruleSetFor } from './rules/rule-set';
export { RULE_SET_DEFINITIONS } from './rules/rule-sets';
export type { Decider, DecisionAuthority, QuotaRounding, RuleSet, RuleSetOverrides, RuleSetParams, RuleSetValues } from './rules/rule-set.types';

// Eligibility and quota
export { checkEligibility } from './eligibility/eligibility';
export { achievementKey } from './eligibility/achievement-key';
export { consecutiveYears } from './eligibility/award-history';
export type {
  AwardHistoryEntry,
  EligibilityCandidate,
  EligibilityInput,
  EligibilityResult,
  EligibilityWarning,
  EligibilityWarningCode,
  PerformanceEvaluation,
  Refusal,
} from './eligibility/eligibility.types';
export { checkCstdcsQuota, cstdcsQuota } from './eligibility/quota';
export type { CstdcsQuotaCheck, CstdcsQuotaInput } from './eligibility/quota';

// Council
export { hasQuorum, tallyCouncilVotes } from './council/council-tally';
export type { Ballot, CouncilMember, NomineeTally, TallyInput, TallyNominee, VoteChoice } from './council/council-tally';
export type { Comparison, CouncilRuleParams, Fraction, PassRule, QuorumRule } from './council/council-rule';

// Deadlines
export { latestStateAwardPostingDay, postingPeriod, timeLimit } from './deadlines/deadline';
export type { Deadline, PostingPeriod, TimeLimitKind } from './deadlines/deadline';

// Reward money
export { BASE_SALARY_TABLE, baseSalaryEntryOn, baseSalaryOn } from './reward/base-salary';
export type { BaseSalaryEntry } from './reward/base-salary';
export { rewardAmount } from './reward/reward-amount';
export type { RewardAmount, RewardUnconfirmedPart } from './reward/reward-amount';

// Text and document format
export { formatPercentVi, formatVnd, vndInWords } from './text/vnd-format';
export { matchesSearch, normalizeName, searchKey } from './text/vietnamese-text';
export {
  codePointLabel,
  controlCharacterMessageVi,
  findControlCharacterDeep,
  forbiddenControlCharacter,
  removeInvisibleFormatting,
} from './text/input-hygiene';
export { TEXT_LIMITS } from './text/text-limits';
export type { TextLimitField } from './text/text-limits';
export { compareVietnamese, compareVietnameseNames } from './text/vietnamese-collation';
export { DOCUMENT_KIND_CODES, documentSeriesKey, documentSymbol, formatDocumentNumber, formatDocumentNumberLine } from './document-format/document-number';
export type { DocumentKind } from './document-format/document-number';
export { formatPlaceAndDate, formatShortVietnameseDate, formatVietnameseDate } from './document-format/vietnamese-date';

// Emulation plan: targets, progress, registration, year-end candidates
export * from './plan';
