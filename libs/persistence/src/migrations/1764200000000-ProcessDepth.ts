import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rounds, returns, objections, deadlines, notifications, secret and written ballots, archive subjects. */
export class ProcessDepth1764200000000 implements MigrationInterface {
  name = 'ProcessDepth1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "user_id" uuid NOT NULL, "event_key" text NOT NULL, "kind" text NOT NULL, "proposal_id" uuid, "round_id" uuid, "message" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notification_user_unread" ON "notification" ("user_id", "read_at", "created_at")`);
    await q.query(`CREATE UNIQUE INDEX "ux_notification_event_user" ON "notification" ("event_key", "user_id")`);
    await q.query(
      `CREATE TABLE "proposal_objection" ("id" uuid NOT NULL, "body_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "sender_name" text NOT NULL, "sender_contact" text NOT NULL, "text" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" text, "resolution" text, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1e309d76366ae0540f1e08a14c6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_proposal_objection_proposal" ON "proposal_objection" ("proposal_id", "received_at")`);
    await q.query(
      `CREATE TABLE "round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "workflow_id" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "year" integer NOT NULL, "rule_set_id" text NOT NULL, "nomination_deadline" date NOT NULL, "secret_ballot" boolean NOT NULL DEFAULT false, "status" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_64f36a80e314231ff38c35027a1" UNIQUE ("workflow_id"), CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_round_body_year" ON "round" ("body_id", "year")`);
    await q.query(
      `CREATE TABLE "round_ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "round_id" uuid NOT NULL, "member_user_id" uuid NOT NULL, "default_choice" text, "exceptions" jsonb, "written" boolean NOT NULL DEFAULT false, "scan_sha256" text, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4f8a96bd15ad1df99bf6cbe8bed" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_round_ballot_member" ON "round_ballot" ("round_id", "member_user_id")`);

    // Archive rows are keyed by what they document, so certificates and histories fit beside decisions.
    await q.query(`ALTER TABLE "archived_document" ADD "subject_key" text`);
    await q.query(`UPDATE "archived_document" SET "subject_key" = "decision_id"::text`);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "subject_key" SET NOT NULL`);
    await q.query(`DROP INDEX "public"."ux_archived_document_decision_kind"`);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "decision_id" DROP NOT NULL`);
    await q.query(`CREATE INDEX "ix_archived_document_decision" ON "archived_document" ("decision_id")`);
    await q.query(`CREATE UNIQUE INDEX "ux_archived_document_kind_subject" ON "archived_document" ("kind", "subject_key")`);

    await q.query(`ALTER TABLE "proposal_vote" ADD "written" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "proposal_vote" ADD "scan_sha256" text`);
    await q.query(`ALTER TABLE "proposal_vote" ALTER COLUMN "choice" DROP NOT NULL`);

    await q.query(`ALTER TABLE "proposal" ADD "round_id" uuid`);
    await q.query(`ALTER TABLE "proposal" ADD "route" text NOT NULL DEFAULT 'WARD_DECISION'`);
    await q.query(`ALTER TABLE "proposal" ADD "procedure" text NOT NULL DEFAULT 'STANDARD'`);
    await q.query(`ALTER TABLE "proposal" ADD "secret_ballot" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "proposal" ADD "recused_user_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "proposal" ADD "achievement_key" text`);
    await q.query(`ALTER TABLE "proposal" ADD "decision_due_on" date`);
    await q.query(`ALTER TABLE "proposal" ADD "return_due_on" date`);
    await q.query(`ALTER TABLE "proposal" ADD "overdue" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "proposal" ADD "tally" jsonb`);
    await q.query(`CREATE INDEX "ix_proposal_body_decision_due" ON "proposal" ("body_id", "decision_due_on")`);
    await q.query(`CREATE INDEX "ix_proposal_body_achievement_key" ON "proposal" ("body_id", "achievement_key")`);
    await q.query(`CREATE INDEX "ix_proposal_body_round_status" ON "proposal" ("body_id", "round_id", "status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_proposal_body_round_status"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_achievement_key"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_decision_due"`);
    for (const column of ['tally', 'overdue', 'return_due_on', 'decision_due_on', 'achievement_key', 'recused_user_ids', 'secret_ballot', 'procedure', 'route', 'round_id']) {
      await q.query(`ALTER TABLE "proposal" DROP COLUMN "${column}"`);
    }
    // Secret ballots have no choice to restore; they cannot survive a downgrade.
    await q.query(`DELETE FROM "proposal_vote" WHERE "choice" IS NULL`);
    await q.query(`ALTER TABLE "proposal_vote" ALTER COLUMN "choice" SET NOT NULL`);
    await q.query(`ALTER TABLE "proposal_vote" DROP COLUMN "scan_sha256"`);
    await q.query(`ALTER TABLE "proposal_vote" DROP COLUMN "written"`);
    await q.query(`DROP INDEX "public"."ux_archived_document_kind_subject"`);
    await q.query(`DROP INDEX "public"."ix_archived_document_decision"`);
    await q.query(`DELETE FROM "archived_document" WHERE "decision_id" IS NULL OR "kind" <> 'DECISION'`);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "decision_id" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "ux_archived_document_decision_kind" ON "archived_document" ("decision_id", "kind")`);
    await q.query(`ALTER TABLE "archived_document" DROP COLUMN "subject_key"`);
    await q.query(`DROP TABLE "round_ballot"`);
    await q.query(`DROP TABLE "round"`);
    await q.query(`DROP TABLE "proposal_objection"`);
    await q.query(`DROP TABLE "notification"`);
  }
}
