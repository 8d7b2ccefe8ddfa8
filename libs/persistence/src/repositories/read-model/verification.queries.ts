import type { EntityManager } from 'typeorm';
import { DecisionEntity, type DecisionKind } from '../../entities/decision.entity';
import type { Db } from '../db';

export interface VerifiedDecisionRow {
  id: string;
  /** The issuing body: the page is headed with its name. */
  body_id: string;
  number_text: string;
  /** yyyy-mm-dd */
  decision_date: string;
  /** An award, or a corrective decision revoking (part of) another. */
  kind: DecisionKind;
}

export interface VerifiedDocumentRow {
  id: string;
  body_id: string;
  kind: string;
  sha256: string;
  document_number: string | null;
  issued_at: Date;
  recipients: string[];
  revoked_by: string | null;
  corrective_number: string | null;
}

export interface IssuedRevocationRow {
  /** null: the whole decision is revoked. */
  proposal_ids: string[] | null;
  status: string;
  corrective_number: string | null;
}

const DOCUMENTS = `SELECT a.id, a.body_id, a.kind, a.sha256, a.document_number, a.issued_at, a.recipients, a.revoked_by, cd.number_text AS corrective_number
  FROM archived_document a
  LEFT JOIN decision_revocation r ON r.id = a.revoked_by
  LEFT JOIN decision cd ON cd.id = r.corrective_decision_id`;

/**
 * What the public verification page reads of decisions and archived papers. The workflow history
 * (kind HISTORY) is internal and never returned. Hand-written where papers are found by an id or a
 * subject key given as text.
 */
export class VerificationQueries {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): VerificationQueries {
    return new VerificationQueries(manager);
  }

  async decision(id: string): Promise<VerifiedDecisionRow | null> {
    const row = await this.db.getRepository(DecisionEntity).findOne({ select: { id: true, bodyId: true, numberText: true, decisionDate: true, kind: true }, where: { id } });
    return row ? { id: row.id, body_id: row.bodyId, number_text: row.numberText, decision_date: row.decisionDate, kind: row.kind } : null;
  }

  /** The papers archived under a paper id or a subject key, in chain order. */
  documentsUnder(idOrSubjectKey: string): Promise<VerifiedDocumentRow[]> {
    return this.db.query(`${DOCUMENTS} WHERE (a.id::text = $1 OR a.subject_key = $1) AND a.kind <> 'HISTORY' ORDER BY a.chain_seq`, [idOrSubjectKey]);
  }

  /** The papers of one decision, in chain order. */
  documentsOfDecision(decisionId: string): Promise<VerifiedDocumentRow[]> {
    return this.db.query(`${DOCUMENTS} WHERE a.decision_id = $1 AND a.kind <> 'HISTORY' ORDER BY a.chain_seq`, [decisionId]);
  }

  /** The issued revocations of a decision, with their corrective decisions' numbers. */
  issuedRevocations(decisionId: string): Promise<IssuedRevocationRow[]> {
    return this.db.query(
      `SELECT r.proposal_ids, r.status, cd.number_text AS corrective_number FROM decision_revocation r LEFT JOIN decision cd ON cd.id = r.corrective_decision_id
        WHERE r.decision_id = $1 AND r.status = 'ISSUED'`,
      [decisionId],
    );
  }
}
