import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people registry (staff, households, residential groups and units, deactivated rather than
 * deleted) and the award register (docs/register.md): `award_record` holds what was not decided
 * here (a higher level's result, earlier years' lists); the view `award_register` adds the awards
 * the process decided, read from the proposals, so there is one list and no second copy to drift.
 */
export class AwardRegister1765200000000 implements MigrationInterface {
  name = 'AwardRegister1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unit" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "person" ADD "date_of_birth" date`);
    await q.query(`ALTER TABLE "person" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "person" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX "ix_person_search_trgm" ON "person" USING gin (khenthuong_search_key("full_name") gin_trgm_ops)`);

    await q.query(
      `CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "head_name" text NOT NULL, "address" text NOT NULL,
        "residential_group_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_household_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_household_body_group" ON "household" ("body_id", "residential_group_id")`);
    await q.query(`CREATE INDEX "ix_household_search_trgm" ON "household" USING gin (khenthuong_search_key("head_name") gin_trgm_ops)`);
    await q.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_household_group" FOREIGN KEY ("residential_group_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(
      `CREATE TABLE "award_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "content_sha256" text NOT NULL, "file_name" text NOT NULL,
        "row_count" integer NOT NULL, "imported_count" integer NOT NULL, "imported_by" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_award_import_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_award_import_hash" ON "award_import" ("body_id", "content_sha256")`);

    await q.query(
      `CREATE TABLE "award_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "source" text NOT NULL, "recipient_kind" text NOT NULL,
        "person_id" uuid, "household_id" uuid, "unit_id" uuid, "recipient_name" text NOT NULL, "title" text NOT NULL, "year" integer NOT NULL, "level" text NOT NULL,
        "decision_number" text, "decision_date" date, "issuer" text, "dedupe_key" text NOT NULL, "import_id" uuid, "recorded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_award_record_id" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_award_record_one_recipient" CHECK (num_nonnulls("person_id", "household_id", "unit_id") = 1))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_award_record_dedupe" ON "award_record" ("body_id", "dedupe_key")`);
    await q.query(`CREATE INDEX "ix_award_record_person" ON "award_record" ("person_id")`);
    await q.query(`CREATE INDEX "ix_award_record_household" ON "award_record" ("household_id")`);
    await q.query(`CREATE INDEX "ix_award_record_unit" ON "award_record" ("unit_id")`);
    await q.query(`CREATE INDEX "ix_award_record_body_year_title" ON "award_record" ("body_id", "year", "title")`);
    await q.query(`CREATE INDEX "ix_award_record_search_trgm" ON "award_record" USING gin (khenthuong_search_key("recipient_name") gin_trgm_ops)`);
    await q.query(`ALTER TABLE "award_record" ADD CONSTRAINT "FK_award_record_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "award_record" ADD CONSTRAINT "FK_award_record_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "award_record" ADD CONSTRAINT "FK_award_record_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "award_record" ADD CONSTRAINT "FK_award_record_import" FOREIGN KEY ("import_id") REFERENCES "award_import"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The nominee's history and the body's lookups read proposals by person, by collective and by year.
    await q.query(`CREATE INDEX "ix_proposal_nominee_person" ON "proposal" ("nominee_person_id") WHERE "nominee_person_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_proposal_nominee_unit" ON "proposal" ("nominee_unit_id") WHERE "nominee_unit_id" IS NOT NULL`);

    // A proposal is an award once its papers are issued (ward) or the higher level's approval is
    // recorded (CLOSED after escalation). Its key is the proposal's Điều 5 achievement key.
    await q.query(
      `CREATE VIEW "award_register" AS
        SELECT r.id, r.body_id, r.source, r.recipient_kind, r.person_id, r.household_id, r.unit_id, r.recipient_name, r.title, r.year, r.level,
               r.decision_number, r.decision_date, r.issuer, r.dedupe_key, NULL::uuid AS proposal_id, NULL::uuid AS decision_id, r.created_at
          FROM award_record r
        UNION ALL
        SELECT p.id, p.body_id,
               CASE WHEN p.route = 'ESCALATE' THEN 'HIGHER_LEVEL' ELSE 'DECIDED_HERE' END,
               p.nominee_kind, p.nominee_person_id, NULL::uuid,
               p.nominee_unit_id,
               p.nominee_name, p.title, p.year,
               CASE WHEN p.route <> 'ESCALATE' THEN 'PHUONG' WHEN p.title = 'CHIEN_SI_THI_DUA_TOAN_QUOC' THEN 'TRUNG_UONG' ELSE 'TINH' END,
               d.number_text, d.decision_date, CASE WHEN p.route = 'ESCALATE' THEN NULL ELSE b.name END,
               COALESCE(p.achievement_key, COALESCE(p.nominee_person_id, p.nominee_unit_id, p.id)::text || '|' || p.title || '|' || p.year),
               p.id, p.decision_id, p.updated_at
          FROM proposal p
          LEFT JOIN decision d ON d.id = p.decision_id AND p.route <> 'ESCALATE'
          JOIN issuing_body b ON b.id = p.body_id
         WHERE (p.route <> 'ESCALATE' AND p.status IN ('DOCUMENTS_ISSUED', 'CLOSED')) OR (p.route = 'ESCALATE' AND p.status = 'CLOSED')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "award_register"`);
    await q.query(`DROP INDEX "ix_proposal_nominee_unit"`);
    await q.query(`DROP INDEX "ix_proposal_nominee_person"`);
    await q.query(`DROP TABLE "award_record"`);
    await q.query(`DROP TABLE "award_import"`);
    await q.query(`DROP TABLE "household"`);
    await q.query(`DROP INDEX "ix_person_search_trgm"`);
    for (const column of ['updated_at', 'active', 'date_of_birth']) await q.query(`ALTER TABLE "person" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "unit" DROP COLUMN "active"`);
  }
}
