import type { MigrationInterface, QueryRunner } from 'typeorm';
import { registerViewSql } from './1765400000000-HigherLevelDecision';

/** A household's award decided here is the household's in the register (the proposal names it since 1765400000000). */
export class RegisterHouseholdNominee1765420000000 implements MigrationInterface {
  name = 'RegisterHouseholdNominee1765420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(registerViewSql({ holderUnit: true, household: true }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(registerViewSql({ holderUnit: true }));
  }
}
