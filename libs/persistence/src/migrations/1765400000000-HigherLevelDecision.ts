import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The view of the award register; escalated awards read the higher level's decision from their
 * proposal (`escalated` null: not yet stored). `holderUnit` appends the holder's unit
 * (migration 1765410000000), `household` the proposal's household (1765420000000) and `searchKey`
 * the stored search key of the name (1765720000000), so a later migration redefines the view from the
 * same text.
 */
export const registerViewSql = ({
  escalated = true,
  holderUnit,
  household = false,
  searchKey = false,
}: {
  escalated?: boolean;
  holderUnit: boolean;
  household?: boolean;
  searchKey?: boolean;
}) => `CREATE OR REPLACE VIEW "award_register" AS
  SELECT r.id, r.body_id, r.source, r.recipient_kind, r.person_id, r.household_id, r.unit_id, r.recipient_name, r.title, r.year, r.level,
         r.decision_number, r.decision_date, r.issuer, r.dedupe_key, NULL::uuid AS proposal_id, NULL::uuid AS decision_id, r.created_at${holderUnit ? ', r.holder_unit_id' : ''}${searchKey ? ', r.recipient_search_key AS search_key' : ''}
    FROM award_record r
  UNION ALL
  SELECT p.id, p.body_id,
         CASE WHEN p.route = 'ESCALATE' THEN 'HIGHER_LEVEL' ELSE 'DECIDED_HERE' END,
         p.nominee_kind, p.nominee_person_id, ${household ? 'p.nominee_household_id' : 'NULL::uuid'},
         p.nominee_unit_id,
         p.nominee_name, p.title, p.year,
         CASE WHEN p.route <> 'ESCALATE' THEN 'PHUONG' WHEN p.title = 'CHIEN_SI_THI_DUA_TOAN_QUOC' THEN 'TRUNG_UONG' ELSE 'TINH' END,
         CASE WHEN p.route = 'ESCALATE' THEN ${escalated ? 'p.higher_decision_number' : 'NULL'} ELSE d.number_text END,
         CASE WHEN p.route = 'ESCALATE' THEN ${escalated ? 'p.higher_decision_date' : 'NULL::date'} ELSE d.decision_date END,
         CASE WHEN p.route = 'ESCALATE' THEN ${escalated ? 'p.higher_decision_issuer' : 'NULL'} ELSE b.name END,
         COALESCE(p.achievement_key, COALESCE(p.nominee_person_id, p.nominee_unit_id, p.id)::text || '|' || p.title || '|' || p.year),
         p.id, p.decision_id, p.updated_at${holderUnit ? ', COALESCE(p.nominee_unit_id, p.unit_id)' : ''}${searchKey ? ', p.nominee_search_key' : ''}
    FROM proposal p
    LEFT JOIN decision d ON d.id = p.decision_id AND p.route <> 'ESCALATE'
    JOIN issuing_body b ON b.id = p.body_id
   WHERE (p.route <> 'ESCALATE' AND p.status IN ('DOCUMENTS_ISSUED', 'CLOSED')) OR (p.route = 'ESCALATE' AND p.status = 'CLOSED')`;

/**
 * Results recorded before the columns: their audit entry, whose wording the workflow fixes
 * ("<issuer> khen thưởng theo Quyết định số <number>[ ngày <yyyy-mm-dd>]"). Fills only what is empty.
 */
export const BACKFILL_HIGHER_LEVEL_DECISIONS = `UPDATE "proposal" p SET "higher_decision_issuer" = r.m[1], "higher_decision_number" = r.m[2], "higher_decision_date" = r.m[3]::date
    FROM (SELECT DISTINCT ON (a.proposal_id) a.proposal_id,
                 regexp_match(a.reason, '^(.+) khen thưởng theo Quyết định số (.+?)(?: ngày (\\d{4}-\\d{2}-\\d{2}))?$') AS m
            FROM "audit_log" a
           WHERE a.action = 'RECORD_HIGHER_LEVEL_RESULT' AND a.to_state = 'CLOSED'
           ORDER BY a.proposal_id, a.at DESC) r
   WHERE r.proposal_id = p.id AND r.m IS NOT NULL AND p."higher_decision_number" IS NULL`;

/**
 * The higher level's decision on an escalated proposal (number, date, issuing authority) as columns
 * of the proposal, written when the officer records the result, and read by the award register.
 */
export class HigherLevelDecision1765400000000 implements MigrationInterface {
  name = 'HigherLevelDecision1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" ADD "higher_decision_number" text`);
    await q.query(`ALTER TABLE "proposal" ADD "higher_decision_date" date`);
    await q.query(`ALTER TABLE "proposal" ADD "higher_decision_issuer" text`);
    await q.query(BACKFILL_HIGHER_LEVEL_DECISIONS);
    await q.query(registerViewSql({ holderUnit: false }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(registerViewSql({ escalated: false, holderUnit: false }));
    for (const column of ['higher_decision_issuer', 'higher_decision_date', 'higher_decision_number']) await q.query(`ALTER TABLE "proposal" DROP COLUMN "${column}"`);
  }
}
