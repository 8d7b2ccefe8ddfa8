import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Emulation plan: plans and targets, registrations, reminders, progress reports, staff ratings. */
export class EmulationPlan1764400000000 implements MigrationInterface {
  name = 'EmulationPlan1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plan_notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" text NOT NULL, "message" text NOT NULL, "sent_by" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f35ba0262716fb77dccc79cb2c7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_plan_notification_body_unit" ON "plan_notification"  ("body_id", "unit_id", "sent_at")`);
    await q.query(`CREATE INDEX "ix_plan_notification_plan_unit" ON "plan_notification"  ("plan_id", "unit_id", "sent_at")`);
    await q.query(`CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "kind" text NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "motto" text NOT NULL, "legal_bases" text array NOT NULL, "movements" jsonb NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "registration_deadline" date NOT NULL, "report_grace_days" integer NOT NULL, "status" text NOT NULL, "number_text" text, "issued_year" integer, "issued_on" date, "document_sha256" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_plan_body_number" ON "plan"  ("body_id", "issued_year", "number_text")`);
    await q.query(`CREATE INDEX "ix_plan_body_year" ON "plan"  ("body_id", "year")`);
    await q.query(`CREATE TABLE "plan_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "ordinal" integer NOT NULL, "name" text NOT NULL, "unit_of_measure" text NOT NULL, "target_value" numeric NOT NULL, "comparison" text NOT NULL, "value_kind" text NOT NULL, "responsible_unit_id" uuid NOT NULL, "data_source" text NOT NULL, "reporting_period" text NOT NULL, CONSTRAINT "PK_96774c6cff4f084f665ca902616" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_plan_target_body_unit" ON "plan_target"  ("body_id", "responsible_unit_id")`);
    await q.query(`CREATE UNIQUE INDEX "ux_plan_target_plan_ordinal" ON "plan_target"  ("plan_id", "ordinal")`);
    await q.query(`CREATE TABLE "plan_progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "target_id" uuid NOT NULL, "period_key" text NOT NULL, "value" numeric NOT NULL, "note" text, "evidence_sha256" text, "evidence_mime" text, "evidence_name" text, "evidence_size" integer, "corrects_report_id" uuid, "reported_by" uuid NOT NULL, "reporter_unit_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_617adde23e1839012fc3a36f9e7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_plan_progress_body_plan" ON "plan_progress_report"  ("body_id", "plan_id", "reported_at")`);
    await q.query(`CREATE INDEX "ix_plan_progress_target_period" ON "plan_progress_report"  ("target_id", "period_key", "reported_at")`);
    await q.query(`CREATE TABLE "plan_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "registrant_kind" text NOT NULL, "registrant_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "titles" text array NOT NULL, "own_targets" jsonb NOT NULL, "registered_by" uuid NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f1669df0a397b5f1958a22d02e6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_plan_registration_body_unit" ON "plan_registration"  ("body_id", "unit_id")`);
    await q.query(`CREATE UNIQUE INDEX "ux_plan_registration_registrant" ON "plan_registration"  ("plan_id", "registrant_kind", "registrant_id")`);
    await q.query(`CREATE TABLE "staff_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "year" integer NOT NULL, "person_id" uuid NOT NULL, "rating" text NOT NULL, "months_worked" integer NOT NULL, "initiative_recognised" boolean NOT NULL, "disciplined" boolean NOT NULL, "import_id" uuid NOT NULL, CONSTRAINT "PK_7ea7ad763508d29a16a2be6ad5d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_staff_rating_body_year_person" ON "staff_rating"  ("body_id", "year", "person_id")`);
    await q.query(`CREATE TABLE "staff_rating_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "year" integer NOT NULL, "content_sha256" text NOT NULL, "file_name" text NOT NULL, "row_count" integer NOT NULL, "imported_by" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f406178ce5315a316005507b0ff" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_staff_rating_import_body_year" ON "staff_rating_import"  ("body_id", "year")`);
    await q.query(`CREATE UNIQUE INDEX "ux_staff_rating_import_hash" ON "staff_rating_import"  ("body_id", "content_sha256")`);
    await q.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_b61ece8a4b32ae27ed991ab8e14" FOREIGN KEY ("body_id") REFERENCES "issuing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_target" ADD CONSTRAINT "FK_7a8cea69ae4e59c9d9e8f03f718" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_target" ADD CONSTRAINT "FK_bc5dc73e45da9e1d025b34b4963" FOREIGN KEY ("responsible_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_progress_report" ADD CONSTRAINT "FK_26e459ee14820b1d7d328531703" FOREIGN KEY ("target_id") REFERENCES "plan_target"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_registration" ADD CONSTRAINT "FK_5924875b4cfaddbc9cdbff34f2b" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "staff_rating" ADD CONSTRAINT "FK_072a8d225b06c38e27121be2b88" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // Dependants first; dropping a table drops its indexes and foreign keys.
    for (const table of ['staff_rating', 'staff_rating_import', 'plan_progress_report', 'plan_registration', 'plan_notification', 'plan_target', 'plan']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
