import type { DataSource } from 'typeorm';
import type { RuleSetOverrides } from '@khenthuong/domain';

/**
 * The administrator's parameter values of `bodyId` for one rule set, to pass to
 * `ruleSetFor(date, overrides)` / `ruleSetById(id, overrides)`; `{}` when none are set.
 */
export async function ruleSetOverridesFor(dataSource: DataSource, bodyId: string, ruleSetId: string): Promise<RuleSetOverrides> {
  const [row] = await dataSource.query(`SELECT overrides FROM rule_set_override WHERE body_id = $1 AND rule_set_id = $2`, [bodyId, ruleSetId]);
  return (row?.overrides as RuleSetOverrides | undefined) ?? {};
}
