import type { MigrationInterface, QueryRunner } from 'typeorm';
import { registerViewSql } from './1765400000000-HigherLevelDecision';

const TRIGRAM_INDEXES = ['ix_award_record_search_trgm', 'ix_proposal_nominee_search_trgm'];

/**
 * The unit a register entry belongs to, as of the award: the unit itself, a person's unit or a
 * household's residential group when the row is written (a trigger fills it, whatever the writer);
 * for a proposal, the nominee unit or else the nominating unit. The register's unit filter and a unit
 * head's scope read it through one (body, unit, year) index per branch of the view instead of
 * passing the unit's people as an id array. Nullable only so that a row naming no recipient is
 * refused by CHK_award_record_one_recipient, with its own message.
 */
export class RegisterHolderUnit1765410000000 implements MigrationInterface {
  name = 'RegisterHolderUnit1765410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "award_record" ADD "holder_unit_id" uuid`);
    await q.query(
      `UPDATE "award_record" r SET "holder_unit_id" = COALESCE(r.unit_id, (SELECT unit_id FROM person WHERE id = r.person_id), (SELECT residential_group_id FROM household WHERE id = r.household_id))`,
    );
    await q.query(
      `CREATE FUNCTION khenthuong_award_record_holder_unit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.holder_unit_id := COALESCE(NEW.holder_unit_id, NEW.unit_id,
           (SELECT unit_id FROM person WHERE id = NEW.person_id),
           (SELECT residential_group_id FROM household WHERE id = NEW.household_id));
         RETURN NEW;
       END $$`,
    );
    await q.query(`CREATE TRIGGER "tr_award_record_holder_unit" BEFORE INSERT ON "award_record" FOR EACH ROW EXECUTE FUNCTION khenthuong_award_record_holder_unit()`);
    await q.query(`CREATE INDEX "ix_award_record_body_holder_year" ON "award_record" ("body_id", "holder_unit_id", "year")`);
    await q.query(`CREATE INDEX "ix_proposal_body_holder_year" ON "proposal" ("body_id", (COALESCE("nominee_unit_id", "unit_id")), "year")`);
    await q.query(registerViewSql({ holderUnit: true }));
    // Names change rarely and are searched often: without a pending list of fast updates, a search
    // never scans up to gin_pending_list_limit of unsorted entries waiting for the next vacuum.
    for (const index of TRIGRAM_INDEXES) await q.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of TRIGRAM_INDEXES) await q.query(`ALTER INDEX "${index}" RESET (fastupdate)`);
    await q.query(`DROP VIEW "award_register"`);
    await q.query(registerViewSql({ holderUnit: false }));
    await q.query(`DROP INDEX "ix_proposal_body_holder_year"`);
    await q.query(`DROP INDEX "ix_award_record_body_holder_year"`);
    await q.query(`DROP TRIGGER "tr_award_record_holder_unit" ON "award_record"`);
    await q.query(`DROP FUNCTION khenthuong_award_record_holder_unit()`);
    await q.query(`ALTER TABLE "award_record" DROP COLUMN "holder_unit_id"`);
  }
}
