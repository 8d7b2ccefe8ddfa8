import { ruleSetFor } from '../rules/rule-set';
import { awardDefinition } from './award-catalogue';
import type { AwardTitle } from './award-title';

/** The Vietnamese name of a stored title, by the rule set of its award year; an unknown code reads as itself. */
export function awardTitleName(title: string, year: number): string {
  try {
    return awardDefinition(title as AwardTitle, ruleSetFor(`${year}-12-31`)).nameVi;
  } catch {
    return title;
  }
}
