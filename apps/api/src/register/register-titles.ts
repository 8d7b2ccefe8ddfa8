import { ALL_AWARD_TITLES, awardDefinition, ruleSetFor, searchKey, type AwardDefinition, type AwardTitle } from '@khenthuong/domain';
import type { AwardLevelCode } from './register.dto';

/** Rule sets start with the 2022 law (2024); an earlier year's award is named and checked by the first one. */
const FIRST_RULE_YEAR = 2024;

export function definitionFor(title: AwardTitle, year: number): AwardDefinition {
  return awardDefinition(title, ruleSetFor(`${Math.max(year, FIRST_RULE_YEAR)}-12-31`));
}

/** The Vietnamese name of a title in the year it was awarded, for any year of the register. */
export function registerTitleName(title: string, year: number): string {
  return (ALL_AWARD_TITLES as readonly string[]).includes(title) ? definitionFor(title as AwardTitle, year).nameVi : title;
}

/** A title as a list writes it ('Chiến sĩ thi đua cơ sở', 'chien si thi dua co so'), in the year's wording or the first rule set's. */
export function titleFromText(text: string, year: number): AwardTitle | null {
  const key = searchKey(text);
  if (!key) return null;
  for (const title of ALL_AWARD_TITLES) {
    if (searchKey(definitionFor(title, year).nameVi) === key || searchKey(definitionFor(title, FIRST_RULE_YEAR).nameVi) === key || searchKey(title) === key.replace(/ /g, '_')) return title;
  }
  return null;
}

/** Who awards a title when a list does not say: the ward its own titles, the province or the State the others. */
export function defaultLevel(title: AwardTitle, year: number): AwardLevelCode {
  const def = definitionFor(title, year);
  if (def.title === 'CHIEN_SI_THI_DUA_TOAN_QUOC') return 'TRUNG_UONG';
  return def.decidedBy === 'WARD_CHAIRMAN' ? 'PHUONG' : 'TINH';
}

const LEVEL_WORDS: ReadonlyArray<[string, AwardLevelCode]> = [
  ['cap phuong', 'PHUONG'], ['phuong', 'PHUONG'], ['cap xa', 'PHUONG'], ['xa', 'PHUONG'], ['co so', 'PHUONG'], ['cap co so', 'PHUONG'],
  ['cap tinh', 'TINH'], ['tinh', 'TINH'], ['thanh pho', 'TINH'], ['cap thanh pho', 'TINH'],
  ['trung uong', 'TRUNG_UONG'], ['nha nuoc', 'TRUNG_UONG'], ['chinh phu', 'TRUNG_UONG'],
];
export function levelFromText(text: string): AwardLevelCode | null {
  const key = searchKey(text);
  return LEVEL_WORDS.find(([word]) => word === key)?.[1] ?? null;
}
