import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A household nominated for its own title (Gia đình văn hóa) is a registry entry, as people and units are. */
export class ProposalNomineeHousehold1765400000000 implements MigrationInterface {
  name = 'ProposalNomineeHousehold1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" ADD "nominee_household_id" uuid`);
    await q.query(`CREATE INDEX "ix_proposal_nominee_household" ON "proposal" ("nominee_household_id") WHERE "nominee_household_id" IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_proposal_nominee_household"`);
    await q.query(`ALTER TABLE "proposal" DROP COLUMN "nominee_household_id"`);
  }
}
