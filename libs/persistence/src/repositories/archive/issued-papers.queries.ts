import type { DataSource, EntityManager } from 'typeorm';

export type IssuedPaperKind = 'DECISION' | 'CERTIFICATE' | 'MINUTES' | 'SUBMISSION' | 'POSTING_NOTICE' | 'PAYMENT_LIST' | 'CORRECTIVE_DECISION';

/** An archived paper as the pages list it (columns as stored). */
export interface IssuedPaperRow {
  id: string;
  kind: IssuedPaperKind;
  sha256: string;
  size_bytes: number;
  document_number: string | null;
  issued_at: Date;
  revoked: boolean;
}

/** Which papers a reader may see: the kinds allowed, and one paper only when `documentId` is given. */
export interface IssuedPaperFilter {
  bodyId: string;
  kinds: IssuedPaperKind[];
  documentId: string | null;
}

/**
 * The archived papers of one proposal or one round, oldest first. Raw SQL: the papers hang off the
 * proposal, its round, its decision and any revocation of it, a union the query builder cannot join.
 */
export class IssuedPapersQueries {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * A proposal's own papers (certificate; for an ad-hoc proposal its minutes, tờ trình, posting
   * notice and decision), its round's, its decision's and any decision revoking it.
   */
  ofProposal(proposalId: string, filter: IssuedPaperFilter): Promise<IssuedPaperRow[]> {
    return this.db.query(
      `SELECT d.id, d.kind, d.sha256, d.size_bytes, d.document_number, d.issued_at, d.revoked_by IS NOT NULL AS revoked
         FROM proposal p
         JOIN archived_document d ON d.body_id = p.body_id
          AND (d.proposal_id = p.id
               OR (d.decision_id = p.decision_id AND d.kind IN ('DECISION', 'PAYMENT_LIST'))
               OR d.round_id = p.round_id
               OR (d.kind = 'CORRECTIVE_DECISION' AND d.decision_id IN (
                    SELECT r.corrective_decision_id FROM decision_revocation r
                     WHERE r.decision_id = p.decision_id AND (r.proposal_ids IS NULL OR p.id = ANY(r.proposal_ids)))))
        WHERE p.id = $1 AND p.body_id = $2 AND d.kind = ANY($3) AND ($4::uuid IS NULL OR d.id = $4)
        ORDER BY d.issued_at, d.chain_seq`,
      [proposalId, filter.bodyId, filter.kinds, filter.documentId],
    ) as Promise<IssuedPaperRow[]>;
  }

  /** A round's own papers (minutes, tờ trình, posting notice) and its decisions' (each title's decision, the payment list, revocations). */
  ofRound(roundId: string, filter: IssuedPaperFilter): Promise<IssuedPaperRow[]> {
    return this.db.query(
      `WITH decided AS (SELECT DISTINCT p.decision_id AS id FROM proposal p WHERE p.round_id = $1 AND p.body_id = $2 AND p.decision_id IS NOT NULL)
       SELECT d.id, d.kind, d.sha256, d.size_bytes, d.document_number, d.issued_at, d.revoked_by IS NOT NULL AS revoked
         FROM archived_document d
        WHERE d.body_id = $2 AND d.kind = ANY($3) AND ($4::uuid IS NULL OR d.id = $4)
          AND (d.round_id = $1
               OR (d.decision_id IN (SELECT id FROM decided) AND d.kind IN ('DECISION', 'PAYMENT_LIST'))
               OR (d.kind = 'CORRECTIVE_DECISION' AND d.decision_id IN (
                    SELECT r.corrective_decision_id FROM decision_revocation r WHERE r.decision_id IN (SELECT id FROM decided))))
        ORDER BY d.issued_at, d.chain_seq`,
      [roundId, filter.bodyId, filter.kinds, filter.documentId],
    ) as Promise<IssuedPaperRow[]>;
  }
}
