import { Inject, Injectable } from '@nestjs/common';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { ruleSetFor, vietnamDateOf, type RuleSetOverrides } from '@khenthuong/domain';
import { RuleSetOverrideRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { auditAdmin } from './admin-audit';
import { RULE_PARAMETERS, type RuleParameterInfo } from './rule-parameters';

/**
 * The override form: one optional field per configurable parameter (empty = the rule set's default).
 * Only the shape is checked here; ranges are the domain's (ruleSetFor), so they live in one place.
 */
export class RuleOverridesForm {
  [key: string]: string | undefined;
}
for (const p of RULE_PARAMETERS.filter((x) => x.configurable)) {
  IsOptional()(RuleOverridesForm.prototype, p.key);
  if (p.kind === 'boolean') IsIn(['true', 'false'], { message: `${p.labelVi}: vui lòng chọn Có hoặc Không.` })(RuleOverridesForm.prototype, p.key);
  else Matches(p.kind === 'ratio' ? /^\d+([.,]\d+)?$/ : /^\d+$/, { message: `${p.labelVi}: ${p.kind === 'ratio' ? 'phải là số thập phân không âm' : 'phải là số nguyên không âm'}.` })(RuleOverridesForm.prototype, p.key);
}

export interface RuleParameterRow extends RuleParameterInfo {
  defaultValue: number | boolean;
  value: number | boolean;
  overridden: boolean;
}

/** The rule set in force today, its parameters and the body's values for the unconfirmed ones. */
@Injectable()
export class AdminRulesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly ruleSetOverrides: RuleSetOverrideRepository,
  ) {}

  async view(actor: RequestActor, now = new Date()) {
    const defaults = ruleSetFor(vietnamDateOf(now));
    const overrides = await this.ruleSetOverrides.overridesFor(actor.bodyId, defaults.id);
    const current = ruleSetFor(vietnamDateOf(now), overrides);
    const rows: RuleParameterRow[] = RULE_PARAMETERS.map((p) => ({
      ...p,
      defaultValue: defaults.params[p.key],
      value: current.params[p.key],
      overridden: current.overriddenParams.includes(p.key),
    }));
    return { ruleSet: current, rows };
  }

  /**
   * Replaces the body's overrides of today's rule set with `form`. `ruleSetFor` validates the values
   * and throws a DomainError (Vietnamese message) before anything is stored.
   */
  async save(actor: RequestActor, form: RuleOverridesForm, now = new Date()): Promise<void> {
    const overrides: Record<string, number | boolean> = {};
    for (const p of RULE_PARAMETERS.filter((x) => x.configurable)) {
      const raw = form[p.key];
      if (raw === undefined) continue;
      overrides[p.key] = p.kind === 'boolean' ? raw === 'true' : Number(raw.replace(',', '.'));
    }
    const ruleSet = ruleSetFor(vietnamDateOf(now), overrides as RuleSetOverrides);
    await this.dataSource.transaction(async (tx) => {
      await RuleSetOverrideRepository.in(tx).save(actor.bodyId, ruleSet.id, overrides as RuleSetOverrides, actor.userId);
      await auditAdmin(tx, actor, 'ADMIN_RULE_SET_OVERRIDDEN', `rule set ${ruleSet.id}: ${Object.keys(overrides).join(',') || 'defaults'}`);
    });
  }
}
