import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nominations saved as drafts with their papers, apart from `proposal` (docs/dossier.md). */
export class ProposalDrafts1765500000000 implements MigrationInterface {
  name = 'ProposalDrafts1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "proposal_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "client_key" text NOT NULL, "unit_id" uuid NOT NULL,
        "title" text NOT NULL, "year" integer NOT NULL, "nominee_person_id" uuid, "nominee_household_id" uuid, "nominee_unit_id" uuid, "nominee_name" text,
        "round_id" uuid, "achievement" text, "achievement_ref" text, "facts" jsonb NOT NULL, "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_proposal_draft_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_proposal_draft_body_client_key" ON "proposal_draft" ("body_id", "client_key")`);
    await q.query(`CREATE INDEX "ix_proposal_draft_body_unit_updated" ON "proposal_draft" ("body_id", "unit_id", "updated_at")`);
    await q.query(`ALTER TABLE "proposal_draft" ADD CONSTRAINT "FK_proposal_draft_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(
      `CREATE TABLE "proposal_draft_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "kind" text NOT NULL,
        "file_name" text NOT NULL, "mime" text NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "uploaded_by" uuid NOT NULL,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_proposal_draft_document_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_proposal_draft_document_draft_sha256" ON "proposal_draft_document" ("draft_id", "sha256")`);
    await q.query(
      `ALTER TABLE "proposal_draft_document" ADD CONSTRAINT "FK_proposal_draft_document_draft" FOREIGN KEY ("draft_id") REFERENCES "proposal_draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal_draft_document" DROP CONSTRAINT "FK_proposal_draft_document_draft"`);
    await q.query(`DROP INDEX "ux_proposal_draft_document_draft_sha256"`);
    await q.query(`DROP TABLE "proposal_draft_document"`);
    await q.query(`ALTER TABLE "proposal_draft" DROP CONSTRAINT "FK_proposal_draft_unit"`);
    await q.query(`DROP INDEX "ix_proposal_draft_body_unit_updated"`);
    await q.query(`DROP INDEX "ux_proposal_draft_body_client_key"`);
    await q.query(`DROP TABLE "proposal_draft"`);
  }
}
