import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A revocation whose corrective decision failed for good shows why and since when, until a person retries it. */
export class RevocationNeedsAttention1765300000000 implements MigrationInterface {
  name = 'RevocationNeedsAttention1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision_revocation" ADD "needs_attention_reason" text`);
    await q.query(`ALTER TABLE "decision_revocation" ADD "needs_attention_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "ix_decision_revocation_body_needs_attention" ON "decision_revocation" ("body_id", "needs_attention_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_decision_revocation_body_needs_attention"`);
    await q.query(`ALTER TABLE "decision_revocation" DROP COLUMN "needs_attention_at"`);
    await q.query(`ALTER TABLE "decision_revocation" DROP COLUMN "needs_attention_reason"`);
  }
}
