import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lists of proposals a round's papers are about, named by the papers' activity inputs. */
export class ProposalLists1765150000000 implements MigrationInterface {
  name = 'ProposalLists1765150000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "proposal_list" ("list_key" text NOT NULL, "position" integer NOT NULL, "proposal_id" uuid NOT NULL, CONSTRAINT "PK_proposal_list" PRIMARY KEY ("list_key", "position"))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "proposal_list"`);
  }
}
