import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan's other papers: the numbered year-end summary report and the printed registration list. */
export class PlanPapers1764700000000 implements MigrationInterface {
  name = 'PlanPapers1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan" ADD "summary_number_text" text`);
    await q.query(`ALTER TABLE "plan" ADD "summary_issued_year" integer`);
    await q.query(`ALTER TABLE "plan" ADD "summary_issued_on" date`);
    await q.query(`ALTER TABLE "plan" ADD "summary_sha256" text`);
    await q.query(`ALTER TABLE "plan" ADD "registrations_sha256" text`);
    await q.query(`ALTER TABLE "plan" ADD "registrations_rendered_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE UNIQUE INDEX "ux_plan_body_summary_number" ON "plan" ("body_id", "summary_issued_year", "summary_number_text")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ux_plan_body_summary_number"`);
    for (const column of ['registrations_rendered_at', 'registrations_sha256', 'summary_sha256', 'summary_issued_on', 'summary_issued_year', 'summary_number_text']) {
      await q.query(`ALTER TABLE "plan" DROP COLUMN "${column}"`);
    }
  }
}
