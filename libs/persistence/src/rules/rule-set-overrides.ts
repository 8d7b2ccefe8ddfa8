import type { DataSource } from 'typeorm';
import type { RuleSetOverrides } from '@khenthuong/domain';
import { RuleSetOverrideRepository } from '../repositories/rule-set-override.repository';

/**
 * The administrator's parameter values of `bodyId` for one rule set, to pass to
 * `ruleSetFor(date, overrides)` / `ruleSetById(id, overrides)`; `{}` when none are set.
 */
export function ruleSetOverridesFor(dataSource: DataSource, bodyId: string, ruleSetId: string): Promise<RuleSetOverrides> {
  return new RuleSetOverrideRepository(dataSource).overridesFor(bodyId, ruleSetId);
}
