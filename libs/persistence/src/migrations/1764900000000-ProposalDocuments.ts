import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Papers of a proposal's dossier uploaded by the nominating unit. */
export class ProposalDocuments1764900000000 implements MigrationInterface {
  name = 'ProposalDocuments1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "proposal_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "mime" text NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5e5bb044678565c7d5a59f2041e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_proposal_document_proposal_sha256" ON "proposal_document" ("proposal_id", "sha256")`);
    await q.query(
      `ALTER TABLE "proposal_document" ADD CONSTRAINT "FK_abcd98fe664e2ad06630b6c834b" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal_document" DROP CONSTRAINT "FK_abcd98fe664e2ad06630b6c834b"`);
    await q.query(`DROP INDEX "ux_proposal_document_proposal_sha256"`);
    await q.query(`DROP TABLE "proposal_document"`);
  }
}
