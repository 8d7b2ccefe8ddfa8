import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search on the officer's dashboard is `khenthuong_search_key(nominee_name) LIKE '%…%'`: a
 * B-tree cannot serve a leading wildcard, a trigram GIN index can. Declared on ProposalEntity with
 * `synchronize: false` (TypeORM cannot describe an expression index with an operator class).
 */
export class NameSearchTrigram1764600000000 implements MigrationInterface {
  name = 'NameSearchTrigram1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX "ix_proposal_nominee_search_trgm" ON "proposal" USING gin (khenthuong_search_key("nominee_name") gin_trgm_ops)`);
    // "Overdue first, then the nearest time limit" over the proposals still in the process (DashboardRepository DUE_FIRST).
    await q.query(
      `CREATE INDEX "ix_proposal_body_open_due" ON "proposal" ("body_id", "overdue" DESC, "decision_due_on", "id")
        WHERE status IN ('AWAITING_COUNCIL','IN_COUNCIL_REVIEW','APPROVED_BY_COUNCIL','PUBLICLY_POSTED','AWAITING_DECISION','ESCALATED','SUBMITTED','RETURNED')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_proposal_body_open_due"`);
    await q.query(`DROP INDEX "public"."ix_proposal_nominee_search_trgm"`);
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
