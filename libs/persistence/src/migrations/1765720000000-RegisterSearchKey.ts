import type { MigrationInterface, QueryRunner } from 'typeorm';
import { registerViewSql } from './1765400000000-HigherLevelDecision';

/** The proposals the register lists (the view's condition, word for word, so the planner matches the partial index). */
const REGISTER_PROPOSALS = `(route <> 'ESCALATE' AND status IN ('DOCUMENTS_ISSUED', 'CLOSED')) OR (route = 'ESCALATE' AND status = 'CLOSED')`;

/** Each stored key: table, column, expression (TypeORM reads the expression of a generated column from typeorm_metadata). */
const SEARCH_KEYS = [
  { table: 'award_record', column: 'recipient_search_key', expression: 'khenthuong_search_key("recipient_name")', index: 'ix_award_record_search_trgm' },
  { table: 'proposal', column: 'nominee_search_key', expression: 'khenthuong_search_key("nominee_name")', index: 'ix_proposal_nominee_search_trgm' },
];

/**
 * The search key of a name (khenthuong_search_key: unaccented, lower case) stored with the row, for
 * the register's lookup and the dashboard's name search. Computed per row, the key cost far more than
 * the match: a common name ("nguyen") made the register check the key of every matching row, tens of
 * thousands of calls to translate and regexp_replace. The trigram indexes move onto the stored key,
 * and the proposals the register lists get their own, smaller one, so the register's lookup reads no
 * trigram postings of proposals still in the process (docs/register.md).
 */
export class RegisterSearchKey1765720000000 implements MigrationInterface {
  name = 'RegisterSearchKey1765720000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const key of SEARCH_KEYS) {
      await q.query(`ALTER TABLE "${key.table}" ADD "${key.column}" text NOT NULL GENERATED ALWAYS AS (${key.expression}) STORED`);
      await q.query(`DROP INDEX "${key.index}"`);
      await q.query(`CREATE INDEX "${key.index}" ON "${key.table}" USING gin ("${key.column}" gin_trgm_ops) WITH (fastupdate = off)`);
    }
    await q.query(
      `CREATE INDEX "ix_proposal_register_search_trgm" ON "proposal" USING gin ("nominee_search_key" gin_trgm_ops) WITH (fastupdate = off) WHERE ${REGISTER_PROPOSALS}`,
    );
    await q.query(registerViewSql({ holderUnit: true, household: true, searchKey: true }));
    // Without statistics on the new columns the planner guesses a common name rare and reads every match through the trigram index.
    for (const key of SEARCH_KEYS) await q.query(`ANALYZE "${key.table}"`);
    await q.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying,
        "table" character varying, "name" character varying, "value" text)`,
    );
    for (const key of SEARCH_KEYS) {
      await q.query(
        `INSERT INTO "typeorm_metadata" ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, $2, $3)`,
        [key.table, key.column, key.expression],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const key of SEARCH_KEYS) {
      await q.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = $2`, [key.table, key.column]);
    }
    await q.query(`DROP VIEW "award_register"`);
    await q.query(registerViewSql({ holderUnit: true, household: true }));
    await q.query(`DROP INDEX "ix_proposal_register_search_trgm"`);
    for (const key of SEARCH_KEYS) {
      await q.query(`DROP INDEX "${key.index}"`);
      await q.query(`CREATE INDEX "${key.index}" ON "${key.table}" USING gin (${key.expression} gin_trgm_ops) WITH (fastupdate = off)`);
      await q.query(`ALTER TABLE "${key.table}" DROP COLUMN "${key.column}"`);
    }
  }
}
