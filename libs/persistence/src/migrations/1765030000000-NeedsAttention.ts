import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A proposal or round whose step failed for good shows why and since when, until a person retries it. */
export class NeedsAttention1765030000000 implements MigrationInterface {
  name = 'NeedsAttention1765030000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['proposal', 'round']) {
      await q.query(`ALTER TABLE "${table}" ADD "needs_attention_reason" text`);
      await q.query(`ALTER TABLE "${table}" ADD "needs_attention_at" TIMESTAMP WITH TIME ZONE`);
      await q.query(`CREATE INDEX "ix_${table}_body_needs_attention" ON "${table}" ("body_id", "needs_attention_at")`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['round', 'proposal']) {
      await q.query(`DROP INDEX "public"."ix_${table}_body_needs_attention"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "needs_attention_at"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "needs_attention_reason"`);
    }
  }
}
