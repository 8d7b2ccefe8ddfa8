import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { VerificationQueries, type VerifiedDecisionRow, type VerifiedDocumentRow } from '@khenthuong/persistence';
import { ApiError, ApiErrorCode } from '../common/api-error';

const KIND_VI: Record<string, string> = {
  DECISION: 'Quyết định khen thưởng',
  CORRECTIVE_DECISION: 'Quyết định thu hồi',
  CERTIFICATE: 'Giấy khen / Giấy chứng nhận',
  MINUTES: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  SUBMISSION: 'Tờ trình đề nghị khen thưởng',
  POSTING_NOTICE: 'Thông báo niêm yết công khai',
  PAYMENT_LIST: 'Danh sách chi tiền thưởng',
};

/** Papers anyone may download from the verification page: what is issued to the public or to the awardee. */
const PUBLIC_KINDS = new Set(['DECISION', 'CORRECTIVE_DECISION', 'CERTIFICATE', 'POSTING_NOTICE']);

export interface VerifiedDocument {
  id: string;
  /** Offered for download (PUBLIC_KINDS); the council's and the office's internal papers are only listed. */
  downloadable: boolean;
  kindLabel: string;
  numberText: string | null;
  dateText: string;
  recipients: string;
  sha256: string;
  statusText: string;
  revoked: boolean;
}

export interface VerificationView {
  /** The body that issued the paper (its name heads the page). */
  issuerBodyId: string;
  heading: string;
  numberText: string | null;
  dateText: string | null;
  statusText: string;
  revoked: boolean;
  documents: VerifiedDocument[];
}

/**
 * What the public verification page (QR code on every paper) shows: number, date, recipients,
 * whether the paper still stands, and the SHA-256 an uploaded copy is compared with. The workflow
 * history (kind HISTORY) is internal and never shown.
 */
@Injectable()
export class VerificationService {
  constructor(private readonly queries: VerificationQueries) {}

  async view(id: string): Promise<VerificationView> {
    const decision = await this.queries.decision(id);
    if (decision) return this.decisionView(decision);
    const docs = await this.queries.documentsUnder(id);
    if (docs.length === 0) throw new ApiError(ApiErrorCode.NOT_FOUND, `nothing archived under ${id}`);
    const first = docs[0]!;
    const shown = docs.map(toDocument);
    return {
      issuerBodyId: first.body_id,
      heading: KIND_VI[first.kind] ?? 'Văn bản',
      numberText: first.document_number,
      dateText: dateVi(first.issued_at),
      statusText: shown[0]!.statusText,
      revoked: shown.every((d) => d.revoked),
      documents: shown,
    };
  }

  /** A paper listed under `id` that anyone may download, with the title its file is named after; null otherwise. */
  async publicPaper(id: string, documentId: string): Promise<{ sha256: string; title: string } | null> {
    const doc = (await this.view(id)).documents.find((d) => d.id === documentId && d.downloadable);
    return doc ? { sha256: doc.sha256, title: doc.numberText ? `${doc.kindLabel} ${doc.numberText}` : doc.kindLabel } : null;
  }

  /** "Khớp" when the uploaded bytes hash to one of the papers shown for `id`. */
  async compare(id: string, bytes: Buffer): Promise<{ sha256: string; matched: VerifiedDocument | null }> {
    const view = await this.view(id);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { sha256, matched: view.documents.find((d) => d.sha256 === sha256) ?? null };
  }

  private async decisionView(decision: VerifiedDecisionRow): Promise<VerificationView> {
    const [docs, revocations] = await Promise.all([this.queries.documentsOfDecision(decision.id), this.queries.issuedRevocations(decision.id)]);
    const whole = revocations.find((r) => r.proposal_ids === null);
    const partial = revocations.filter((r) => r.proposal_ids !== null);
    const statusText = whole
      ? `Đã thu hồi, được thay thế bởi Quyết định số ${whole.corrective_number}`
      : partial.length
        ? `Còn hiệu lực, trừ phần đã thu hồi theo Quyết định số ${partial.map((r) => r.corrective_number).join(', ')}`
        : decision.kind === 'CORRECTIVE'
          ? 'Còn hiệu lực (quyết định thu hồi)'
          : 'Còn hiệu lực';
    return {
      issuerBodyId: decision.body_id,
      heading: decision.kind === 'CORRECTIVE' ? 'Quyết định thu hồi' : 'Quyết định khen thưởng',
      numberText: decision.number_text,
      dateText: dateVi(new Date(`${decision.decision_date}T12:00:00+07:00`)),
      statusText,
      revoked: Boolean(whole),
      documents: docs.map(toDocument),
    };
  }
}

function toDocument(row: VerifiedDocumentRow): VerifiedDocument {
  return {
    id: row.id,
    downloadable: PUBLIC_KINDS.has(row.kind),
    kindLabel: KIND_VI[row.kind] ?? row.kind,
    numberText: row.document_number,
    dateText: dateVi(row.issued_at),
    recipients: row.recipients.join(', '),
    sha256: row.sha256,
    statusText: row.revoked_by ? `Đã thu hồi${row.corrective_number ? ` theo Quyết định số ${row.corrective_number}` : ''}` : 'Còn hiệu lực',
    revoked: Boolean(row.revoked_by),
  };
}

/** dd/mm/yyyy in Vietnam time. */
function dateVi(instant: Date): string {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000);
  const dd = String(local.getUTCDate()).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${local.getUTCFullYear()}`;
}
