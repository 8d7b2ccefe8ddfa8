import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decision that awarded a proposal, as an explicit column: a round's decision covers many
 * proposals and has no proposal of its own, so it cannot be found from the archive by proposal.
 */
export class ProposalDecision1764950000000 implements MigrationInterface {
  name = 'ProposalDecision1764950000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" ADD "decision_id" uuid`);
    // Decisions issued before: a proposal's own decision is keyed by its id, a round's by round and title.
    await q.query(
      `UPDATE "proposal" p SET "decision_id" = d.id FROM "decision" d
        WHERE d.body_id = p.body_id AND p.status IN ('DECIDED', 'DOCUMENTS_ISSUED', 'CLOSED')
          AND (d.subject_key = p.id::text OR (p.round_id IS NOT NULL AND d.subject_key = 'round:' || p.round_id || ':' || p.title))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" DROP COLUMN "decision_id"`);
  }
}
