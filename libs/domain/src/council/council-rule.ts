import { AwardTitle } from '../awards/award-title';

/** An exact ratio (2/3, 9/10) so that thresholds are compared in integers, never in floating point. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export type Comparison = 'MORE_THAN' | 'AT_LEAST';

/** Council quorum: members present compared with all members. */
export interface QuorumRule {
  fraction: Fraction;
  comparison: Comparison;
  citation: string;
}

/**
 * Pass threshold on AGREE votes over a base: ALL_MEMBERS (every council member), PRESENT_MEMBERS
 * (members at the meeting) or VOTES_CAST (agree + disagree; abstentions left out).
 */
export interface PassRule {
  base: 'ALL_MEMBERS' | 'PRESENT_MEMBERS' | 'VOTES_CAST';
  fraction: Fraction;
  comparison: Comparison;
  citation: string;
}

export interface CouncilRuleParams {
  quorum: QuorumRule;
  /** Threshold for titles without their own entry in passByTitle. */
  pass: PassRule;
  passByTitle: Partial<Record<AwardTitle, PassRule>>;
  /** Titles whose vote must be a secret ballot (a non-secret vote does not pass). */
  secretBallotTitles: AwardTitle[];
  /** A recused (nominated) member leaves the base of ALL_MEMBERS/PRESENT_MEMBERS. docs/legal.md silent: parameter. */
  recusedExcludedFromBase: boolean;
  /**
   * On a tie (agree = disagree): FAIL, or the chair's vote decides (a common council rule; docs/legal.md
   * silent: parameter). Only effective on an open vote, and only when the threshold itself is met
   * or the base is VOTES_CAST.
   */
  tieBreak: 'FAIL' | 'CHAIR_CASTING_VOTE';
}

/** count/base compared with the fraction, in integers. */
export function meetsFraction(count: number, base: number, fraction: Fraction, comparison: Comparison): boolean {
  const lhs = count * fraction.denominator;
  const rhs = fraction.numerator * base;
  return comparison === 'MORE_THAN' ? lhs > rhs : lhs >= rhs;
}

/** The least count that meets the fraction of `base`. */
export function minimumCount(base: number, fraction: Fraction, comparison: Comparison): number {
  const exact = fraction.numerator * base;
  return comparison === 'MORE_THAN'
    ? Math.floor(exact / fraction.denominator) + 1
    : Math.ceil(exact / fraction.denominator);
}

const FRACTION_WORDS: Readonly<Record<string, string>> = {
  '1/2': 'một nửa',
  '2/3': 'hai phần ba',
  '3/4': 'ba phần tư',
  '9/10': '90%',
};

/** 'trên một nửa', 'ít nhất hai phần ba', 'ít nhất 90%'. */
export function describeThresholdVi(fraction: Fraction, comparison: Comparison): string {
  const key = `${fraction.numerator}/${fraction.denominator}`;
  const words = FRACTION_WORDS[key] ?? key;
  return `${comparison === 'MORE_THAN' ? 'trên' : 'ít nhất'} ${words}`;
}
