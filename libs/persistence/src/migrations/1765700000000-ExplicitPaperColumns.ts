import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decisions numbered for a revocation were keyed `revoke:<revocationId>`: they are corrective. */
export const BACKFILL_DECISION_KIND = `UPDATE "decision" SET "kind" = 'CORRECTIVE' WHERE "subject_key" LIKE 'revoke:%' AND "kind" <> 'CORRECTIVE'`;

/** A round's own papers were archived under the round's id as their subject key. */
export const BACKFILL_PAPER_ROUND = `UPDATE "archived_document" a SET "round_id" = r.id
    FROM "round" r
   WHERE a.subject_key = r.id::text AND a.body_id = r.body_id AND a.kind IN ('MINUTES', 'SUBMISSION', 'POSTING_NOTICE') AND a.round_id IS NULL`;

/**
 * What was read out of subject keys becomes columns: a decision's kind (award or corrective), and
 * the round a round's minutes, tờ trình and posting notice belong to. Subject keys stay what makes
 * numbering and archiving idempotent.
 */
export class ExplicitPaperColumns1765700000000 implements MigrationInterface {
  name = 'ExplicitPaperColumns1765700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" ADD "kind" text NOT NULL DEFAULT 'AWARD'`);
    await q.query(BACKFILL_DECISION_KIND);
    await q.query(`ALTER TABLE "archived_document" ADD "round_id" uuid`);
    await q.query(BACKFILL_PAPER_ROUND);
    await q.query(`CREATE INDEX "ix_archived_document_round" ON "archived_document" ("round_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_archived_document_round"`);
    await q.query(`ALTER TABLE "archived_document" DROP COLUMN "round_id"`);
    await q.query(`ALTER TABLE "decision" DROP COLUMN "kind"`);
  }
}
