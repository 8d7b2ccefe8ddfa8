import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Administration: deactivated users, per-body rule-set parameters and calendar entries. */
export class AdminPages1764800000000 implements MigrationInterface {
  name = 'AdminPages1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE TABLE "rule_set_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "rule_set_id" text NOT NULL, "overrides" jsonb NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_592ccf3910d05f8c03adb778445" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_rule_set_override_body_rule_set" ON "rule_set_override"  ("body_id", "rule_set_id")`);
    await q.query(`CREATE TABLE "calendar_day" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "date" date NOT NULL, "status" text NOT NULL, "occasion" text NOT NULL, "source" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d37c290895f3541e3afe9da5f2" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_calendar_day_body_date" ON "calendar_day"  ("body_id", "date")`);
    await q.query(`ALTER TABLE "rule_set_override" ADD CONSTRAINT "FK_2f29019eb0e0b3c257610248d5a" FOREIGN KEY ("body_id") REFERENCES "issuing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "calendar_day" ADD CONSTRAINT "FK_cfa73f15a33005f6840b5fa7bdd" FOREIGN KEY ("body_id") REFERENCES "issuing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_day"`);
    await q.query(`DROP TABLE "rule_set_override"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "active"`);
  }
}
