import { CITATION } from '../rules/citations';
import { QuotaRounding, RuleSet } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode, withCitation } from '../shared/domain-error';
import { formatPercentVi } from '../text/vnd-format';

/** Either spelling of the count of LĐTT awarded by the same body in the same year. */
export type CstdcsQuotaInput = ({ ldttCount: number } | { lđttCount: number }) & { ruleSet: RuleSet };

export interface CstdcsQuotaCheck {
  /** The most CSTĐCS the body may award this year. */
  limit: number;
  proposed: number;
  withinQuota: boolean;
  ratio: number;
  rounding: QuotaRounding;
  /** Set when the proposal exceeds the quota. */
  refusal: { code: DomainErrorCode.QUOTA_EXCEEDED; messageVi: string; citation: string } | null;
  citation: string;
}

function ldttCountOf(input: CstdcsQuotaInput): number {
  const n = 'ldttCount' in input ? input.ldttCount : input.lđttCount;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số "Lao động tiên tiến" không hợp lệ: ${n}`);
  }
  return n;
}

/**
 * CSTĐCS ≤ ratio × LĐTT of the same awarding body and year (docs/legal.md §3: 15% — C for the former
 * Nghị định 91/2017, U now — rounded down). Computed in integers (ratio in basis points) so that
 * 15% of 20 is exactly 3, never 2.9999….
 */
export function cstdcsQuota(input: CstdcsQuotaInput): number {
  const n = ldttCountOf(input);
  const { cstdcsQuotaRatio, quotaRounding } = input.ruleSet.params;
  const basisPoints = Math.round(cstdcsQuotaRatio * 10_000);
  const scaled = n * basisPoints; // quota × 10,000
  switch (quotaRounding) {
    case 'DOWN':
      return Math.floor(scaled / 10_000);
    case 'UP':
      return Math.ceil(scaled / 10_000);
    case 'HALF_UP':
      return Math.floor((scaled + 5_000) / 10_000);
  }
}

/** Whether `proposed` CSTĐCS fit the quota, with the Vietnamese refusal when they do not. */
export function checkCstdcsQuota(input: CstdcsQuotaInput & { proposed: number }): CstdcsQuotaCheck {
  const limit = cstdcsQuota(input);
  const { cstdcsQuotaRatio: ratio, quotaRounding: rounding } = input.ruleSet.params;
  if (!Number.isSafeInteger(input.proposed) || input.proposed < 0) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số đề nghị không hợp lệ: ${input.proposed}`);
  }
  const withinQuota = input.proposed <= limit;
  const citation = CITATION.cstdcsQuota;
  const messageVi = withCitation(
    `Số đề nghị "Chiến sĩ thi đua cơ sở" (${input.proposed}) vượt quá ${formatPercentVi(ratio)} số "Lao động tiên tiến" (${ldttCountOf(input)}): tối đa ${limit}`,
    citation,
  );
  return {
    limit,
    proposed: input.proposed,
    withinQuota,
    ratio,
    rounding,
    refusal: withinQuota ? null : { code: DomainErrorCode.QUOTA_EXCEEDED, messageVi, citation },
    citation,
  };
}
