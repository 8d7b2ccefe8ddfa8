import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A round's decision (one per title) may wait for its signer's device too: the request names its round. */
export class RemoteSignatureRound1765710000000 implements MigrationInterface {
  name = 'RemoteSignatureRound1765710000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "remote_signature_request" ADD "round_id" uuid`);
    await q.query(`CREATE INDEX "ix_remote_signature_request_round" ON "remote_signature_request" ("body_id", "round_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_remote_signature_request_round"`);
    await q.query(`ALTER TABLE "remote_signature_request" DROP COLUMN "round_id"`);
  }
}
