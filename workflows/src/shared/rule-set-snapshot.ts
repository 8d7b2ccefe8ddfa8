import { patched } from '@temporalio/workflow';
import { ruleSetById, type RuleSetOverrides } from '@khenthuong/domain';
import type { RuleSetSnapshot } from '@khenthuong/temporal';

/**
 * Added after runs had started: new runs branch on the rule-set values the api resolved into their
 * input, so a release that changes the code's rule sets leaves them as they were; runs started
 * before look the rule set up by id, as they did (workflows/test/histories replay both).
 */
export const RULE_SET_SNAPSHOT_PATCH = 'rule-set-snapshot-in-input';

export function workflowRuleSet(input: { ruleSetId: string; ruleSetOverrides?: RuleSetOverrides; ruleSetSnapshot?: RuleSetSnapshot }): RuleSetSnapshot {
  if (patched(RULE_SET_SNAPSHOT_PATCH) && input.ruleSetSnapshot) return input.ruleSetSnapshot;
  const { id, params } = ruleSetById(input.ruleSetId, input.ruleSetOverrides ?? {});
  return { id, params };
}
