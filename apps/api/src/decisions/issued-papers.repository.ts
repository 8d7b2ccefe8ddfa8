import { Injectable } from '@nestjs/common';
import { IssuedPapersQueries, type IssuedPaperFilter, type IssuedPaperKind, type IssuedPaperRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { isOnlyUnitHead } from '@khenthuong/persistence';

export type { IssuedPaperKind, IssuedPaperRow };

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
  constructor(private readonly papers: IssuedPapersQueries) {}

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
    return this.papers.ofRound(roundId, readableBy(actor, documentId));
  }

  private query(actor: RequestActor, proposalId: string, documentId: string | null): Promise<IssuedPaperRow[]> {
    return this.papers.ofProposal(proposalId, readableBy(actor, documentId));
  }
}

function readableBy(actor: RequestActor, documentId: string | null): IssuedPaperFilter {
  return { bodyId: actor.bodyId, kinds: isOnlyUnitHead(actor) ? UNIT_HEAD_KINDS : ALL_KINDS, documentId };
}
