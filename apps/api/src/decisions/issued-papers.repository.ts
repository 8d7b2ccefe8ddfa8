import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';
import { isOnlyUnitHead } from '@khenthuong/persistence';

export interface IssuedPaperRow {
  id: string;
  kind: IssuedPaperKind;
  sha256: string;
  size_bytes: number;
  document_number: string | null;
  issued_at: Date;
  revoked: boolean;
}

export type IssuedPaperKind = 'DECISION' | 'CERTIFICATE' | 'MINUTES' | 'SUBMISSION' | 'POSTING_NOTICE' | 'PAYMENT_LIST' | 'CORRECTIVE_DECISION';

/** What a paper is, in the words of the page; the number follows when it has one. */
export const ISSUED_PAPER_VI: Readonly<Record<IssuedPaperKind, string>> = {
  DECISION: 'Quyết định khen thưởng',
  CERTIFICATE: 'Giấy khen, giấy chứng nhận danh hiệu',
  MINUTES: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
  SUBMISSION: 'Tờ trình',
  POSTING_NOTICE: 'Thông báo công khai danh sách',
  PAYMENT_LIST: 'Danh sách chi tiền thưởng',
  CORRECTIVE_DECISION: 'Quyết định thu hồi',
};

/** The council's and the office's internal papers stay with the ward's staff; a unit sees what it is given. */
const UNIT_HEAD_KINDS: IssuedPaperKind[] = ['DECISION', 'CERTIFICATE', 'POSTING_NOTICE', 'PAYMENT_LIST', 'CORRECTIVE_DECISION'];
const ALL_KINDS = Object.keys(ISSUED_PAPER_VI) as IssuedPaperKind[];

/** A paper as a page lists it: its name and number, date, size, and whether it was revoked. */
export function issuedPaperItem(row: IssuedPaperRow, href: string, formatDate: (instant: Date) => string) {
  return {
    href,
    name: row.document_number ? `${ISSUED_PAPER_VI[row.kind]} số ${row.document_number}` : ISSUED_PAPER_VI[row.kind],
    issuedOn: formatDate(row.issued_at),
    sizeKb: Math.max(1, Math.round(row.size_bytes / 1024)),
    revoked: row.revoked,
  };
}

/**
 * The papers issued about one proposal: its own (certificate, and for an ad-hoc proposal its
 * minutes, tờ trình, posting notice and decision), its round's (minutes, tờ trình, posting notice),
 * its decision's (the decision with its annex, the payment list) and any decision revoking it.
 */
@Injectable()
export class IssuedPapersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Every paper of the proposal the caller may read, oldest first; the caller must already see the proposal. */
  forProposal(actor: RequestActor, proposalId: string): Promise<IssuedPaperRow[]> {
    return this.query(actor, proposalId, null);
  }

  async oneOfProposal(actor: RequestActor, proposalId: string, documentId: string): Promise<IssuedPaperRow | null> {
    const [row] = await this.query(actor, proposalId, documentId);
    return row ?? null;
  }

  /**
   * The round's own papers (minutes, tờ trình, posting notice) and its decisions' (each title's
   * decision with its annex, the payment list, any decision revoking one); certificates stay on
   * each proposal's page. The caller must already see the round.
   */
  forRound(actor: RequestActor, roundId: string): Promise<IssuedPaperRow[]> {
    return this.roundQuery(actor, roundId, null);
  }

  async oneOfRound(actor: RequestActor, roundId: string, documentId: string): Promise<IssuedPaperRow | null> {
    const [row] = await this.roundQuery(actor, roundId, documentId);
    return row ?? null;
  }

  private roundQuery(actor: RequestActor, roundId: string, documentId: string | null): Promise<IssuedPaperRow[]> {
    return this.dataSource.query(
      `WITH decided AS (SELECT DISTINCT p.decision_id AS id FROM proposal p WHERE p.round_id = $1 AND p.body_id = $2 AND p.decision_id IS NOT NULL)
       SELECT d.id, d.kind, d.sha256, d.size_bytes, d.document_number, d.issued_at, d.revoked_by IS NOT NULL AS revoked
         FROM archived_document d
        WHERE d.body_id = $2 AND d.kind = ANY($3) AND ($4::uuid IS NULL OR d.id = $4)
          AND ((d.subject_key = $1::text AND d.kind IN ('MINUTES', 'SUBMISSION', 'POSTING_NOTICE'))
               OR (d.decision_id IN (SELECT id FROM decided) AND d.kind IN ('DECISION', 'PAYMENT_LIST'))
               OR (d.kind = 'CORRECTIVE_DECISION' AND d.decision_id IN (
                    SELECT r.corrective_decision_id FROM decision_revocation r WHERE r.decision_id IN (SELECT id FROM decided))))
        ORDER BY d.issued_at, d.chain_seq`,
      [roundId, actor.bodyId, isOnlyUnitHead(actor) ? UNIT_HEAD_KINDS : ALL_KINDS, documentId],
    );
  }

  private query(actor: RequestActor, proposalId: string, documentId: string | null): Promise<IssuedPaperRow[]> {
    return this.dataSource.query(
      `SELECT d.id, d.kind, d.sha256, d.size_bytes, d.document_number, d.issued_at, d.revoked_by IS NOT NULL AS revoked
         FROM proposal p
         JOIN archived_document d ON d.body_id = p.body_id
          AND (d.proposal_id = p.id
               OR (d.decision_id = p.decision_id AND d.kind IN ('DECISION', 'PAYMENT_LIST'))
               OR (p.round_id IS NOT NULL AND d.subject_key = p.round_id::text AND d.kind IN ('MINUTES', 'SUBMISSION', 'POSTING_NOTICE'))
               OR (d.kind = 'CORRECTIVE_DECISION' AND d.decision_id IN (
                    SELECT r.corrective_decision_id FROM decision_revocation r
                     WHERE r.decision_id = p.decision_id AND (r.proposal_ids IS NULL OR p.id = ANY(r.proposal_ids)))))
        WHERE p.id = $1 AND p.body_id = $2 AND d.kind = ANY($3) AND ($4::uuid IS NULL OR d.id = $4)
        ORDER BY d.issued_at, d.chain_seq`,
      [proposalId, actor.bodyId, isOnlyUnitHead(actor) ? UNIT_HEAD_KINDS : ALL_KINDS, documentId],
    );
  }
}
