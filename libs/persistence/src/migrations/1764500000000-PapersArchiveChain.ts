import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The archive's hash chain per body, paper numbers beside decision numbers, and decision
 * revocations. Rows archived before the chain existed are chained in their order of creation.
 */
export class PapersArchiveChain1764500000000 implements MigrationInterface {
  name = 'PapersArchiveChain1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "decision_revocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "proposal_ids" uuid array, "reason" text NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "corrective_decision_id" uuid, CONSTRAINT "PK_72e8c3a2609a59aefd0f0680a07" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_decision_revocation_decision" ON "decision_revocation" ("body_id", "decision_id")`);
    await q.query(
      `CREATE TABLE "paper_number" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "subject_key" text NOT NULL, "symbol" text NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "number_text" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3e58acd66b2b02de94d08e4fe6a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_paper_number_sequence" ON "paper_number" ("body_id", "year", "symbol", "sequence")`);
    await q.query(`CREATE UNIQUE INDEX "ux_paper_number_subject" ON "paper_number" ("body_id", "symbol", "subject_key")`);

    await q.query(`ALTER TABLE "archived_document" ADD "chain_seq" integer`);
    await q.query(`ALTER TABLE "archived_document" ADD "previous_hash" text`);
    await q.query(`ALTER TABLE "archived_document" ADD "entry_hash" text`);
    await q.query(`ALTER TABLE "archived_document" ADD "issued_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "archived_document" ADD "document_number" text`);
    await q.query(`ALTER TABLE "archived_document" ADD "recipients" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "archived_document" ADD "revoked_by" uuid`);
    await chainExistingRows(q);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "chain_seq" SET NOT NULL`);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "entry_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "archived_document" ALTER COLUMN "issued_at" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "ux_archived_document_body_chain" ON "archived_document" ("body_id", "chain_seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ux_archived_document_body_chain"`);
    for (const column of ['revoked_by', 'recipients', 'document_number', 'issued_at', 'entry_hash', 'previous_hash', 'chain_seq']) {
      await q.query(`ALTER TABLE "archived_document" DROP COLUMN "${column}"`);
    }
    await q.query(`DROP TABLE "paper_number"`);
    await q.query(`DROP TABLE "decision_revocation"`);
  }
}

/**
 * A frozen copy of hash-chain v1 (libs/documents/src/archive/hash-chain.ts): a migration must give
 * the same result forever, whatever later becomes of the library.
 */
function chainHashV1(previousHash: string | null, row: { sha256: string; kind: string; number: string | null; issuedAt: Date; workflowId: string | null; runId: string | null }): string {
  const nfc = (t: string | null) => (t === null ? null : t.normalize('NFC'));
  const canonical = JSON.stringify([row.sha256, nfc(row.kind), nfc(row.number), row.issuedAt.toISOString(), [], nfc(row.workflowId), nfc(row.runId)]);
  return createHash('sha256').update(`khenthuong/archive-chain/v1\n${previousHash ?? 'genesis'}\n${canonical}`, 'utf8').digest('hex');
}

async function chainExistingRows(q: QueryRunner): Promise<void> {
  const rows: { id: string; body_id: string; sha256: string; kind: string; number_text: string | null; created_at: Date; workflow_id: string | null; run_id: string | null }[] =
    await q.query(
      `SELECT a.id, a.body_id, a.sha256, a.kind, d.number_text, a.created_at, a.workflow_id, a.run_id
         FROM "archived_document" a LEFT JOIN "decision" d ON d.id = a.decision_id
        ORDER BY a.body_id, a.created_at, a.id`,
    );
  const last = new Map<string, { seq: number; hash: string }>();
  for (const row of rows) {
    const previous = last.get(row.body_id) ?? null;
    const number = row.kind === 'DECISION' ? row.number_text : null;
    const hash = chainHashV1(previous?.hash ?? null, { sha256: row.sha256, kind: row.kind, number, issuedAt: new Date(row.created_at), workflowId: row.workflow_id, runId: row.run_id });
    const seq = (previous?.seq ?? 0) + 1;
    await q.query(`UPDATE "archived_document" SET chain_seq = $2, previous_hash = $3, entry_hash = $4, issued_at = created_at, document_number = $5 WHERE id = $1`, [
      row.id,
      seq,
      previous?.hash ?? null,
      hash,
      number,
    ]);
    last.set(row.body_id, { seq, hash });
  }
}
