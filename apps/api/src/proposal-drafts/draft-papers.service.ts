import { Inject, Injectable } from '@nestjs/common';
import type { DossierPaper } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ProposalDraftRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { ARCHIVE_STORE } from '../core/archive-store';
import { DossierPapersService } from '../dossier/dossier-papers.service';
import type { UploadedBinary } from '../common/uploaded-file';
import { ProposalDraftService } from './proposal-draft.service';

/**
 * Papers attached to a draft before submission, checked and archived exactly as a proposal's
 * (DossierPapersService.store); whoever sees the draft may attach, read and remove them.
 */
@Injectable()
export class DraftPapersService {
  constructor(
    private readonly drafts: ProposalDraftService,
    private readonly rows: ProposalDraftRepository,
    private readonly dossier: DossierPapersService,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  async upload(actor: RequestActor, draftId: string, kind: DossierPaper, upload: UploadedBinary | undefined): Promise<{ id: string; created: boolean }> {
    await this.drafts.visible(actor, draftId);
    const paper = await this.dossier.store(upload);
    return this.rows.insertPaperOnce({ ...paper, bodyId: actor.bodyId, draftId, kind, uploadedBy: actor.userId });
  }

  async download(actor: RequestActor, draftId: string, paperId: string): Promise<{ bytes: Buffer; mime: string; name: string }> {
    await this.drafts.visible(actor, draftId);
    const paper = await this.rows.paper(actor.bodyId, draftId, paperId);
    if (!paper) throw new ApiError(ApiErrorCode.NOT_FOUND, `paper ${paperId} of draft ${draftId}`);
    const bytes = await this.archive.get(paper.sha256);
    if (!bytes) throw new Error(`paper ${paper.sha256} missing from the archive`);
    return { bytes, mime: paper.mime, name: paper.file_name };
  }

  async remove(actor: RequestActor, draftId: string, paperId: string): Promise<void> {
    await this.drafts.visible(actor, draftId);
    if (!(await this.rows.deletePaper(draftId, paperId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `paper ${paperId} of draft ${draftId}`);
  }
}
