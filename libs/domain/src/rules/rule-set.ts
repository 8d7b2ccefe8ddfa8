import { AwardTitle } from '../awards/award-title';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { IsoDate, parseIsoDate } from '../shared/iso-date';
import { RuleSet, RuleSetOverrides, RuleSetParams } from './rule-set.types';
import { CULTURAL_TITLE_BASES_VI, RULE_SET_DEFINITIONS, RuleSetDefinition } from './rule-sets';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function applyOverrides(defaults: RuleSetParams, overrides: RuleSetOverrides): { params: RuleSetParams; changed: (keyof RuleSetParams)[] } {
  const params: Record<string, unknown> = { ...defaults };
  const changed: (keyof RuleSetParams)[] = [];
  for (const key of Object.keys(overrides) as (keyof RuleSetParams)[]) {
    const value: unknown = overrides[key];
    if (value === undefined) continue;
    if (!(key in defaults)) {
      throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Tham số không tồn tại: ${String(key)}`);
    }
    const current: unknown = defaults[key];
    params[key] = isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : value;
    changed.push(key);
  }
  const result = params as unknown as RuleSetParams;
  validateParams(result);
  return { params: result, changed };
}

function validateParams(p: RuleSetParams): void {
  const fail = (name: string, why: string): never => {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Tham số ${name} không hợp lệ: ${why}`);
  };
  const dayParams = [
    'postingPeriodWorkingDays',
    'culturalTitlePostingDays',
    'stateAwardPostingWorkingDays',
    'decisionTimeLimitWorkingDays',
    'decisionTimeLimitWithConsultationWorkingDays',
    'refusalNoticeWorkingDays',
    'returnForPapersWorkingDays',
    'maxReturnsForSupplement',
    'ldttMinMonthsWorked',
    'cstdCapTinhConsecutiveYears',
    'cstdToanQuocConsecutiveYears',
  ] as const;
  for (const name of dayParams) {
    const v = p[name];
    if (!Number.isInteger(v) || v < 0 || v > 366) fail(name, 'phải là số nguyên từ 0 đến 366');
  }
  for (const name of ['cstdcsQuotaRatio', 'ttldttMinLdttShare'] as const) {
    const v = p[name];
    if (!Number.isFinite(v) || v < 0 || v > 1) fail(name, 'phải là tỷ lệ từ 0 đến 1');
  }
  if (p.ldttMinMonthsWorked > 12) fail('ldttMinMonthsWorked', 'không quá 12 tháng');
  if (!Number.isInteger(p.rewardRoundingStepVnd) || p.rewardRoundingStepVnd < 1) fail('rewardRoundingStepVnd', 'phải là số nguyên dương');
  for (const [title, c] of Object.entries(p.rewardCoefficients)) {
    if (c !== null && (!Number.isFinite(c) || c < 0)) fail(`rewardCoefficients.${title}`, 'phải là số không âm hoặc null');
  }
  for (const rule of [p.council.quorum, p.council.pass, ...Object.values(p.council.passByTitle)]) {
    if (!rule) continue;
    const { numerator, denominator } = rule.fraction;
    if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0 || numerator < 0 || numerator > denominator) {
      fail('council', `tỷ lệ ${numerator}/${denominator} không hợp lệ`);
    }
  }
}

function build(def: RuleSetDefinition, overrides: RuleSetOverrides): RuleSet {
  const { params, changed } = applyOverrides(def.params, overrides);
  return {
    id: def.id,
    nameVi: def.nameVi,
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
    legalBasesVi: [params.localGovernmentLawBasisVi, ...def.lawBasesVi],
    culturalTitleBasesVi: [...CULTURAL_TITLE_BASES_VI],
    decreeVi: def.decreeVi,
    decisionAuthority: def.decisionAuthority,
    rewardCitation: def.rewardCitation,
    unconfirmed: def.unconfirmed,
    notesVi: def.notesVi,
    params,
    overriddenParams: changed,
  };
}

/** The rule set in force on `referenceDate` (docs/legal.md §1), with admin-configured parameter values. */
export function ruleSetFor(referenceDate: IsoDate, overrides: RuleSetOverrides = {}): RuleSet {
  parseIsoDate(referenceDate);
  const def = RULE_SET_DEFINITIONS.find(
    (d) => d.effectiveFrom <= referenceDate && (d.effectiveTo === null || referenceDate <= d.effectiveTo),
  );
  if (!def) {
    throw new DomainError(
      DomainErrorCode.NO_RULE_SET,
      `Không có bộ quy tắc cho ngày ${referenceDate}: chỉ áp dụng Luật Thi đua, khen thưởng 2022 (từ 01/01/2024)`,
    );
  }
  return build(def, overrides);
}

/** The rule set a proposal was stamped with, by id (e.g. to judge it again after the law changed). */
export function ruleSetById(id: string, overrides: RuleSetOverrides = {}): RuleSet {
  const def = RULE_SET_DEFINITIONS.find((d) => d.id === id);
  if (!def) throw new DomainError(DomainErrorCode.NO_RULE_SET, `Không có bộ quy tắc "${id}"`);
  return build(def, overrides);
}

/** The 'Căn cứ' lines for a decision on `title` (cultural titles add Nghị định 86/2023). */
export function legalBasesFor(title: AwardTitle, ruleSet: RuleSet): string[] {
  const cultural = title === AwardTitle.GIA_DINH_VAN_HOA || title === AwardTitle.TO_DAN_PHO_VAN_HOA;
  return cultural ? [...ruleSet.legalBasesVi, ...ruleSet.culturalTitleBasesVi] : [...ruleSet.legalBasesVi];
}
