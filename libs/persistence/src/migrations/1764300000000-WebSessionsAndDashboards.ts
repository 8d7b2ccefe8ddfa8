import type { MigrationInterface, QueryRunner } from 'typeorm';

// Vietnamese letters with their tone and vowel marks, upper and lower case, and what searchKey
// (libs/domain/src/text/vietnamese-text.ts) makes of each; a test compares the two on real names.
const MARKED = 'AàÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬEèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆIìÌíÍỉỈĩĨịỊOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢUùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰYỳỲýÝỷỶỹỸỵỴđĐ';
const PLAIN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyydd';

/** Login attempts (throttle), dashboard indexes, and searchKey in SQL for diacritic-free name search. */
export class WebSessionsAndDashboards1764300000000 implements MigrationInterface {
  name = 'WebSessionsAndDashboards1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "login_attempt" ("id" BIGSERIAL NOT NULL, "username_key" text NOT NULL, "client_address" text NOT NULL, "succeeded" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_login_attempt" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_login_attempt_username_at" ON "login_attempt"  ("username_key", "at")`);
    await q.query(`CREATE INDEX "ix_login_attempt_address_at" ON "login_attempt"  ("client_address", "at")`);
    await q.query(`CREATE INDEX "ix_proposal_body_created" ON "proposal"  ("body_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "ix_proposal_body_status_created" ON "proposal"  ("body_id", "status", "created_at", "id")`);
    await q.query(`CREATE INDEX "ix_proposal_body_unit_created" ON "proposal"  ("body_id", "unit_id", "created_at", "id")`);
    await q.query(
      `CREATE FUNCTION khenthuong_search_key(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT btrim(regexp_replace(lower(translate(input, '${MARKED}', '${PLAIN}')), '[\\s\\u00a0\\u2000-\\u200b\\u3000]+', ' ', 'g'))
       $$`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION khenthuong_search_key(text)`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_unit_created"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_status_created"`);
    await q.query(`DROP INDEX "public"."ix_proposal_body_created"`);
    await q.query(`DROP INDEX "public"."ix_login_attempt_address_at"`);
    await q.query(`DROP INDEX "public"."ix_login_attempt_username_at"`);
    await q.query(`DROP TABLE "login_attempt"`);
  }
}
