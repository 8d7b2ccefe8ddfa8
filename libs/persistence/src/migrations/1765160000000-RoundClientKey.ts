import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A round is opened once per (body, client key): a retried request answers with the first round. */
export class RoundClientKey1765160000000 implements MigrationInterface {
  name = 'RoundClientKey1765160000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "round" ADD "client_key" text`);
    await q.query(`CREATE UNIQUE INDEX "ux_round_body_client_key" ON "round" ("body_id", "client_key")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ux_round_body_client_key"`);
    await q.query(`ALTER TABLE "round" DROP COLUMN "client_key"`);
  }
}
