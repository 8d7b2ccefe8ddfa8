import { AwardTitle } from '../awards/award-title';
import { CertificateKind, DossierPaper } from '../awards/dossier-paper';
import { CouncilRuleParams } from '../council/council-rule';
import { IsoDate } from '../shared/iso-date';

export type Decider = 'WARD_CHAIRMAN' | 'DISTRICT_CHAIRMAN' | 'HIGHER_LEVEL';

export interface DecisionAuthority {
  decidedBy: Decider;
  citation: string;
}

export type QuotaRounding = 'DOWN' | 'HALF_UP' | 'UP';

/**
 * Values that the law leaves open, that docs/legal.md marks U, or that an issuing body configures. Each
 * default in rule-sets.ts carries its source; `ruleSetFor(date, overrides)` applies admin values.
 */
export interface RuleSetParams {
  // Deadlines (working days unless said otherwise)
  /** Public posting of the ward list before the decision. U: no statutory period found (docs/legal.md §5). */
  postingPeriodWorkingDays: number;
  /** Posting for Tổ dân phố văn hóa (Nghị định 86/2023, via docs/documents.md §6). U: working or calendar days. */
  culturalTitlePostingDays: number;
  /** Posting before the council meets for state-level awards (Nghị định 98/2023 Điều 46; 152/2025 Điều 60 khoản 3). */
  stateAwardPostingWorkingDays: number;
  /** Decision after a complete dossier. U (published ward procedures). */
  decisionTimeLimitWorkingDays: number;
  /** Decision when consultation (hiệp y) is needed. U (published ward procedures). */
  decisionTimeLimitWithConsultationWorkingDays: number;
  /** Notice of a refusal. U (published ward procedures). */
  refusalNoticeWorkingDays: number;
  /** Time the nominating unit has to supplement a returned dossier. docs/legal.md silent. */
  returnForPapersWorkingDays: number;
  /** Supplements allowed ("once", published ward procedures, U). */
  maxReturnsForSupplement: number;
  // Quota
  /** CSTĐCS ≤ ratio × LĐTT awarded. 15%: C for Nghị định 91/2017, U for 98/2023 and 152/2025. */
  cstdcsQuotaRatio: number;
  /** docs/legal.md §3: rounding down. */
  quotaRounding: QuotaRounding;
  // Eligibility
  /** CSTĐCS also for "completes duties excellently" without an initiative. Sources disagree: U switch. */
  cstdcsAcceptsExcellentRating: boolean;
  /** LĐTT not for staff with fewer months in the year (Thông tư 01/2024/TT-BNV: 6; Thông tư 15/2025 unchecked: U). */
  ldttMinMonthsWorked: number;
  /** Maternity leave counts as working time for LĐTT. U. */
  ldttCountsMaternityLeave: boolean;
  /** Training under one year counts as working time for LĐTT. U. */
  ldttCountsShortTraining: boolean;
  /** Disciplined staff excluded from LĐTT (threshold U). */
  ldttExcludesDisciplined: boolean;
  /** TTLĐTT: strictly more than this share of members LĐTT (former law, U). */
  ttldttMinLdttShare: number;
  /** TTLĐTT: nobody disciplined at "cảnh cáo" or above (former law, U). */
  ttldttExcludesMemberWarning: boolean;
  /** CSTĐ cấp tỉnh among those with N consecutive CSTĐCS (commentary, C). */
  cstdCapTinhConsecutiveYears: number;
  /** CSTĐ toàn quốc among those with N consecutive CSTĐ cấp tỉnh (commentary, C). */
  cstdToanQuocConsecutiveYears: number;
  /** Giấy khen for households with Gia đình văn hóa N years running (provincial practice, U); null = off. */
  giaDinhVanHoaGiayKhenYears: number | null;
  // Council
  council: CouncilRuleParams;
  // Reward and certificates
  /** Coefficient × mức lương cơ sở; null = no money. Statutory ones C (Nghị định 98/2023 Điều 54), others U. */
  rewardCoefficients: Record<AwardTitle, number | null>;
  /** Amounts rounded up to this step (10,000: former Nghị định 91/2017 Điều 68 khoản 2, U); 1 = no rounding. */
  rewardRoundingStepVnd: number;
  /** The ward prints a certificate for LĐTT/TTLĐTT although none is statutory (setting, default off). */
  printLdttCertificate: boolean;
  /** Certificate for Gia đình văn hóa. docs/legal.md silent: null until configured. */
  giaDinhVanHoaCertificateKind: CertificateKind | null;
  /** Dossier papers per title (Điều 84, C; cultural titles Nghị định 86/2023, U). */
  dossierPapers: Record<AwardTitle, DossierPaper[]>;
  // Legal bases
  /** The "Căn cứ" line for the local-government law in force. docs/legal.md silent: parameter. */
  localGovernmentLawBasisVi: string;
}

export interface RuleSet {
  /** Stamped on a proposal and cited in its decision, e.g. 'TDKT-2022/ND152-2025'. */
  id: string;
  nameVi: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** The 'Căn cứ …' lines for decisions (province regulation and ward plan are added by the caller). */
  legalBasesVi: string[];
  /** Extra 'Căn cứ' line for Gia đình văn hóa / Tổ dân phố văn hóa decisions. */
  culturalTitleBasesVi: string[];
  /** The decree detailing the law in this period, for citations. */
  decreeVi: string;
  /** Who decides each title in this period. */
  decisionAuthority: Readonly<Record<AwardTitle, DecisionAuthority>>;
  rewardCitation: string;
  /** True when the period itself rests on unconfirmed facts (e.g. the 2026 amendment). */
  unconfirmed: boolean;
  notesVi: string[];
  params: RuleSetParams;
  /** Parameters changed by an administrator from the defaults of this rule set. */
  overriddenParams: (keyof RuleSetParams)[];
}

/** The values of a rule set that pure rules read: a whole RuleSet, or a workflow's plain snapshot of it. */
export type RuleSetValues = Pick<RuleSet, 'params'>;

/** Admin overrides: top-level values, with object-valued parameters merged one level deep. */
export type RuleSetOverrides = {
  [K in keyof RuleSetParams]?: RuleSetParams[K] extends unknown[] | null | number | string | boolean
    ? RuleSetParams[K]
    : Partial<RuleSetParams[K]>;
};
