import { AwardTitle, RecipientKind } from '../awards/award-title';
import { CITATION } from '../rules/citations';
import { STATUTORY_REWARD_COEFFICIENTS } from '../rules/rule-sets';
import { RuleSet } from '../rules/rule-set.types';
import { IsoDate } from '../shared/iso-date';
import { BASE_SALARY_TABLE, BaseSalaryEntry, baseSalaryEntryOn } from './base-salary';

export type RewardUnconfirmedPart = 'COEFFICIENT' | 'BASE_SALARY' | 'ROUNDING';

export interface RewardAmount {
  coefficient: number;
  baseSalaryVnd: number;
  /** coefficient × base salary, before rounding. */
  unroundedVnd: number;
  amountVnd: number;
  /** True when the amount depends on a U fact: a non-statutory coefficient, a U base salary, or a rounding that changed it. */
  unconfirmed: boolean;
  unconfirmedParts: RewardUnconfirmedPart[];
  citation: string;
}

const COLLECTIVE_KINDS: ReadonlySet<RecipientKind> = new Set(['COLLECTIVE', 'RESIDENTIAL_GROUP']);
const PER_EVENT_GIAY_KHEN: ReadonlySet<AwardTitle> = new Set([AwardTitle.GIAY_KHEN_DOT_XUAT, AwardTitle.GIAY_KHEN_THEO_DOT]);

function coefficientTitle(title: AwardTitle, recipientKind: RecipientKind | undefined): AwardTitle {
  // An ad-hoc or campaign Giấy khen to a collective is paid like the collective Giấy khen (former decree: twice the individual, U).
  return PER_EVENT_GIAY_KHEN.has(title) && recipientKind !== undefined && COLLECTIVE_KINDS.has(recipientKind) ? AwardTitle.GIAY_KHEN_TAP_THE : title;
}

/**
 * Reward money: coefficient × mức lương cơ sở in force on the decision date (Nghị định 98/2023
 * Điều 54; same coefficients in 152/2025), rounded up to the next 10,000 VND (former Nghị định
 * 91/2017 Điều 68 khoản 2, U; step is a parameter). Integer arithmetic: coefficients to 0.001.
 * Null when the title carries no money under the rule set.
 */
export function rewardAmount(
  title: AwardTitle,
  decisionDate: IsoDate,
  ruleSet: RuleSet,
  options: { recipientKind?: RecipientKind; baseSalaryTable?: readonly BaseSalaryEntry[] } = {},
): RewardAmount | null {
  const paidAs = coefficientTitle(title, options.recipientKind);
  const coefficient = ruleSet.params.rewardCoefficients[paidAs];
  if (coefficient === null || coefficient === undefined) return null;
  const base = baseSalaryEntryOn(decisionDate, options.baseSalaryTable ?? BASE_SALARY_TABLE);
  const step = ruleSet.params.rewardRoundingStepVnd;
  const milli = Math.round(coefficient * 1000);
  const scaled = milli * base.amountVnd; // amount × 1000, an exact integer
  const amountVnd = Math.ceil(scaled / (1000 * step)) * step;
  const unroundedVnd = scaled / 1000;

  const parts: RewardUnconfirmedPart[] = [];
  if (STATUTORY_REWARD_COEFFICIENTS[paidAs] !== coefficient) parts.push('COEFFICIENT');
  if (base.unconfirmed) parts.push('BASE_SALARY');
  if (amountVnd !== unroundedVnd) parts.push('ROUNDING');
  const citations = [ruleSet.rewardCitation, `mức lương cơ sở: ${base.citation}`];
  if (amountVnd !== unroundedVnd) citations.push(`làm tròn: ${CITATION.rewardRounding}`);
  return {
    coefficient,
    baseSalaryVnd: base.amountVnd,
    unroundedVnd,
    amountVnd,
    unconfirmed: parts.length > 0,
    unconfirmedParts: parts,
    citation: citations.join('; '),
  };
}
