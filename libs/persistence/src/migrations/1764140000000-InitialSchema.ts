import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bodies, units, people, users and sessions, council, proposals and their read model, numbering, archive. */
export class InitialSchema1764140000000 implements MigrationInterface {
  name = 'InitialSchema1764140000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "issuing_body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "header_name" text NOT NULL, "place_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_852cdc2c9ebc217ff029b90532d" UNIQUE ("code"), CONSTRAINT "PK_13cb034b26a1cc9436eb3aef084" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_unit_body_code" ON "unit"  ("body_id", "code")`);
    await q.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "unit_id" uuid, "full_name" text NOT NULL, "gender" text, "position" text, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_person_body_unit" ON "person"  ("body_id", "unit_id")`);
    await q.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "username" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "person_id" uuid, "unit_id" uuid, "display_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_app_user_username" ON "app_user"  ("username")`);
    await q.query(`CREATE TABLE "archived_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "proposal_id" uuid, "kind" text NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "storage_key" text NOT NULL, "workflow_id" text, "run_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c8b06800b8b189338c3437f635" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_archived_document_sha256" ON "archived_document"  ("sha256")`);
    await q.query(`CREATE UNIQUE INDEX "ux_archived_document_decision_kind" ON "archived_document"  ("decision_id", "kind")`);
    await q.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "body_id" uuid NOT NULL, "proposal_id" uuid, "event_key" text NOT NULL, "actor_user_id" uuid, "actor_role" text, "action" text NOT NULL, "from_state" text, "to_state" text, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_audit_log_event_key" ON "audit_log"  ("event_key")`);
    await q.query(`CREATE INDEX "ix_audit_log_body_proposal" ON "audit_log"  ("body_id", "proposal_id", "at")`);
    await q.query(`CREATE TABLE "council" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "name" text NOT NULL, "term" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_1749decabf3d8cf2edc4385c557" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_council_body_active" ON "council"  ("body_id", "active")`);
    await q.query(`CREATE TABLE "council_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "user_id" uuid NOT NULL, "council_role" text NOT NULL, CONSTRAINT "PK_6620361345f37130c3960fd80e8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_council_member" ON "council_member"  ("council_id", "user_id")`);
    await q.query(`CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "subject_key" text NOT NULL, "year" integer NOT NULL, "symbol" text NOT NULL, "sequence" integer NOT NULL, "number_text" text NOT NULL, "decision_date" date NOT NULL, "signer_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_decision_number" ON "decision"  ("body_id", "year", "symbol", "sequence")`);
    await q.query(`CREATE UNIQUE INDEX "ux_decision_subject" ON "decision"  ("body_id", "subject_key")`);
    await q.query(`CREATE TABLE "document_counter" ("body_id" uuid NOT NULL, "year" integer NOT NULL, "symbol" text NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_51177ce87206a210a7ae22f5c9c" PRIMARY KEY ("body_id", "year", "symbol"))`);
    await q.query(`CREATE TABLE "proposal_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "member_user_id" uuid NOT NULL, "choice" text NOT NULL, "comment" text, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bc9654902cd8c5a7d600c0ac8e8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_proposal_vote_member" ON "proposal_vote"  ("proposal_id", "member_user_id")`);
    await q.query(`CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "client_key" text NOT NULL, "workflow_id" text NOT NULL, "title" text NOT NULL, "year" integer NOT NULL, "rule_set_id" text NOT NULL, "unit_id" uuid NOT NULL, "nominee_kind" text NOT NULL, "nominee_name" text NOT NULL, "nominee_unit_id" uuid, "nominee_person_id" uuid, "achievement" text NOT NULL, "status" text NOT NULL, "submitted_by" uuid NOT NULL, "state_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e94621d599d18d7be1ac278946c" UNIQUE ("workflow_id"), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_proposal_body_client_key" ON "proposal"  ("body_id", "client_key")`);
    await q.query(`CREATE INDEX "ix_proposal_body_unit" ON "proposal"  ("body_id", "unit_id")`);
    await q.query(`CREATE INDEX "ix_proposal_body_status" ON "proposal"  ("body_id", "status")`);
    await q.query(`CREATE TABLE "service_heartbeat" ("name" text NOT NULL, "ok" boolean NOT NULL, "details" jsonb NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d972aa4c6e44438476822954040" PRIMARY KEY ("name"))`);
    await q.query(`CREATE TABLE "user_session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash"))`);
    await q.query(`CREATE INDEX "ix_user_session_user" ON "user_session"  ("user_id")`);
    await q.query(`ALTER TABLE "unit" ADD CONSTRAINT "FK_558956dc8a89b99b670591fbb0e" FOREIGN KEY ("body_id") REFERENCES "issuing_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_3a194b12d01edcd333659ab50a6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "council_member" ADD CONSTRAINT "FK_fd0574b297204dc512f17cfb07c" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "council_member" ADD CONSTRAINT "FK_a58527097e6c31c191de421fe10" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_2c3dfbb12d13220f397de2a6e8c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "issuing_body"`);
    await q.query(`DROP TABLE "unit"`);
    await q.query(`DROP INDEX "public"."ux_unit_body_code"`);
    await q.query(`DROP TABLE "person"`);
    await q.query(`DROP INDEX "public"."ix_person_body_unit"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP INDEX "public"."ux_app_user_username"`);
    await q.query(`DROP TABLE "archived_document"`);
    await q.query(`DROP INDEX "public"."ix_archived_document_sha256"`);
    await q.query(`DROP INDEX "public"."ux_archived_document_decision_kind"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP INDEX "public"."ux_audit_log_event_key"`);
    await q.query(`DROP INDEX "public"."ix_audit_log_body_proposal"`);
    await q.query(`DROP TABLE "council"`);
    await q.query(`DROP INDEX "public"."ix_council_body_active"`);
    await q.query(`DROP TABLE "council_member"`);
    await q.query(`DROP INDEX "public"."ux_council_member"`);
    await q.query(`DROP TABLE "decision"`);
    await q.query(`DROP INDEX "public"."ux_decision_number"`);
    await q.query(`DROP INDEX "public"."ux_decision_subject"`);
    await q.query(`DROP TABLE "document_counter"`);
    await q.query(`DROP TABLE "proposal_vote"`);
    await q.query(`DROP INDEX "public"."ux_proposal_vote_member"`);
    await q.query(`DROP TABLE "proposal"`);
    await q.query(`DROP INDEX "public"."ux_proposal_body_client_key"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_unit"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_status"`);
    await q.query(`DROP TABLE "service_heartbeat"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP INDEX "public"."ix_user_session_user"`);
    await q.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_558956dc8a89b99b670591fbb0e"`);
    await q.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3a194b12d01edcd333659ab50a6"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"`);
    await q.query(`ALTER TABLE "council_member" DROP CONSTRAINT "FK_fd0574b297204dc512f17cfb07c"`);
    await q.query(`ALTER TABLE "council_member" DROP CONSTRAINT "FK_a58527097e6c31c191de421fe10"`);
    await q.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_2c3dfbb12d13220f397de2a6e8c"`);
  }
}
