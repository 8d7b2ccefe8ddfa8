import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests to sign a decision on the signer's own device, one per decision and attempt (docs/signing.md). */
export class RemoteSignatureRequests1765600000000 implements MigrationInterface {
  name = 'RemoteSignatureRequests1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "remote_signature_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "proposal_id" uuid,
        "attempt" integer NOT NULL, "signer_user_id" uuid NOT NULL, "credential_id" text NOT NULL, "document_label" text NOT NULL, "prepared_pdf" bytea NOT NULL,
        "layout" jsonb NOT NULL, "digest" bytea NOT NULL, "transaction_id" text, "status" text NOT NULL DEFAULT 'PENDING', "signature" bytea,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_remote_signature_request_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_remote_signature_request_decision_attempt" ON "remote_signature_request" ("decision_id", "attempt")`);
    await q.query(`CREATE INDEX "ix_remote_signature_request_signer_status" ON "remote_signature_request" ("body_id", "signer_user_id", "status")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_remote_signature_request_signer_status"`);
    await q.query(`DROP INDEX "ux_remote_signature_request_decision_attempt"`);
    await q.query(`DROP TABLE "remote_signature_request"`);
  }
}
