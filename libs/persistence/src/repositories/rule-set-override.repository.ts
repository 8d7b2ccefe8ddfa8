import type { RuleSetOverrides } from '@khenthuong/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { RuleSetOverrideEntity } from '../entities/rule-set-override.entity';

/** A body's values for the configurable parameters of one rule set. */
export class RuleSetOverrideRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): RuleSetOverrideRepository {
    return new RuleSetOverrideRepository(manager);
  }

  /** The body's values for the rule set, `{}` when none are set. */
  async overridesFor(bodyId: string, ruleSetId: string): Promise<RuleSetOverrides> {
    const row = await this.overrides().findOne({ where: { bodyId, ruleSetId }, select: { overrides: true } });
    return row?.overrides ?? {};
  }

  /** Replaces the body's values for the rule set (validated by the caller with ruleSetFor). */
  async save(bodyId: string, ruleSetId: string, overrides: RuleSetOverrides, updatedBy: string): Promise<void> {
    await this.overrides()
      .createQueryBuilder()
      .insert()
      .values({ bodyId, ruleSetId, overrides, updatedBy })
      .orUpdate(['overrides', 'updated_by', 'updated_at'], ['body_id', 'rule_set_id'])
      .execute();
  }

  private overrides() {
    return this.db.getRepository(RuleSetOverrideEntity);
  }
}
