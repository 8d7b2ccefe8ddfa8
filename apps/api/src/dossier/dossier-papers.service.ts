import { Inject, Injectable } from '@nestjs/common';
import { DOSSIER_PAPER_NAMES_VI, DossierPaper } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ProposalDocumentRepository, ProposalRepository, type ProposalDocumentRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { cleanFileName, requireFile, sniffEvidence, type UploadedBinary } from '../common/uploaded-file';
import type { DossierDocumentDto } from './dossier.dto';
import { ARCHIVE_STORE } from '../core/archive-store';

/** While the officer has not yet taken the dossier in, or has handed it back for more papers. */
const OPEN_FOR_PAPERS = new Set(['SUBMITTED', 'RETURNED']);

const MIME: Readonly<Record<NonNullable<ReturnType<typeof sniffEvidence>>, string>> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
};

/** A paper's bytes as kept in the archive, with what the dossier shows of it. */
export interface StoredPaper {
  fileName: string;
  mime: string;
  sha256: string;
  sizeBytes: number;
}

export const dossierPaperKinds = () => (Object.keys(DOSSIER_PAPER_NAMES_VI) as DossierPaper[]).map((kind) => ({ value: kind, label: DOSSIER_PAPER_NAMES_VI[kind] }));

/** Papers of a proposal's dossier: uploaded by the nominating unit's head, seen by whoever sees the proposal. */
@Injectable()
export class DossierPapersService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly documents: ProposalDocumentRepository,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  /** Whether this user may attach papers to the proposal now (the page shows the form only then). */
  canUpload(actor: RequestActor, proposal: { unit_id: string; status: string }): boolean {
    return actor.roles.includes('UNIT_HEAD') && actor.unitId === proposal.unit_id && OPEN_FOR_PAPERS.has(proposal.status);
  }

  async upload(actor: RequestActor, proposalId: string, kind: DossierPaper, upload: UploadedBinary | undefined): Promise<{ document: DossierDocumentDto; created: boolean }> {
    const proposal = await this.proposals.findVisible(actor, proposalId);
    if (!proposal) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    if (actor.unitId !== proposal.unit_id) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit ${actor.unitId} attaching to a proposal of ${proposal.unit_id}`);
    if (!OPEN_FOR_PAPERS.has(proposal.status)) throw new ApiError(ApiErrorCode.DOSSIER_CLOSED, `proposal ${proposalId} is ${proposal.status}`);
    const paper = await this.store(upload);
    const { id, created } = await this.documents.insertOnce({ bodyId: actor.bodyId, proposalId, kind, ...paper, uploadedBy: actor.userId });
    return { document: toDto((await this.documents.find(actor.bodyId, proposalId, id))!), created };
  }

  /**
   * A dossier paper's file checked and kept in the archive (a proposal's, or a draft's before it is
   * submitted): PDF, DOCX, PNG or JPEG by its bytes, at most MAX_UPLOAD_BYTES.
   */
  async store(upload: UploadedBinary | undefined): Promise<StoredPaper> {
    const file = requireFile(upload);
    // Judged by the bytes, before anything is stored: a renamed program never reaches the archive.
    const type = sniffEvidence(file.buffer);
    if (!type) throw new ApiError(ApiErrorCode.PAPER_TYPE_NOT_ALLOWED, `paper ${file.originalname} (${file.mimetype}) has no allowed signature`);
    const stored = await this.archive.put(file.buffer);
    return { fileName: cleanFileName(file.originalname), mime: MIME[type], sha256: stored.sha256, sizeBytes: stored.sizeBytes };
  }

  /**
   * An absent member's paper ballot, scanned: judged by its bytes (PDF, PNG or JPEG), kept in the
   * archive, and named by its SHA-256 in the vote the officer records.
   */
  async storeBallotScan(actor: RequestActor, proposalId: string, upload: UploadedBinary | undefined): Promise<string> {
    if (!(await this.proposals.findVisible(actor, proposalId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    const file = requireFile(upload);
    const type = sniffEvidence(file.buffer);
    if (type !== 'PDF' && type !== 'PNG' && type !== 'JPEG') throw new ApiError(ApiErrorCode.SCAN_TYPE_NOT_ALLOWED, `ballot scan ${file.originalname} is ${type ?? 'unknown'}`);
    return (await this.archive.put(file.buffer)).sha256;
  }

  async list(actor: RequestActor, proposalId: string): Promise<DossierDocumentDto[]> {
    if (!(await this.proposals.findVisible(actor, proposalId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    return (await this.documents.listOf(actor.bodyId, proposalId)).map(toDto);
  }

  /** The paper's bytes for whoever may see the proposal; 404 for anyone else, as if it did not exist. */
  async download(actor: RequestActor, proposalId: string, documentId: string): Promise<{ bytes: Buffer; mime: string; name: string }> {
    const visible = await this.proposals.findVisible(actor, proposalId);
    const doc = visible ? await this.documents.find(actor.bodyId, proposalId, documentId) : null;
    if (!doc) throw new ApiError(ApiErrorCode.NOT_FOUND, `document ${documentId} of proposal ${proposalId}`);
    const bytes = await this.archive.get(doc.sha256);
    if (!bytes) throw new Error(`paper ${doc.sha256} missing from the archive`);
    return { bytes, mime: doc.mime, name: doc.file_name };
  }
}

function toDto(row: ProposalDocumentRow): DossierDocumentDto {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    kind: row.kind as DossierPaper,
    kindName: DOSSIER_PAPER_NAMES_VI[row.kind as DossierPaper] ?? row.kind,
    fileName: row.file_name,
    mime: row.mime,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    uploadedBy: row.uploader_name ?? '',
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}
