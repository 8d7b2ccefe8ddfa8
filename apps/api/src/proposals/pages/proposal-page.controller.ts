import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { ArchiveStore } from '@khenthuong/documents';
import { ARCHIVE_STORE } from '../../core/archive-store';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { ProposalStepRoles } from '../../auth/step-roles';
import { DashboardRepository } from '@khenthuong/persistence';
import { ISSUED_PAPER_VI, IssuedPapersRepository } from '../../decisions/issued-papers.repository';
import { CastVoteDto, ProposalIdParams } from '../proposal.dto';
import { ProposalService } from '../proposal.service';
import { parseForm } from '../../web/form';
import { DONE_NOTICES_VI, ProposalPageQuery } from '../../web/page-query.dto';
import { ProposalPageResponder, type ActionKey, type PageMessages } from './proposal-page-responder';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { sendPdf } from '../../web/pdf-response';

class IssuedPaperParams extends ProposalIdParams {
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  documentId!: string;
}

/** One proposal: dossier, timeline, ballots the viewer may see, and the actions this user may take. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ho-so')
export class ProposalPageController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly dashboard: DashboardRepository,
    private readonly responder: ProposalPageResponder,
    private readonly issuedPapers: IssuedPapersRepository,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  @Get(':id')
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Query() query: ProposalPageQuery): Promise<void> {
    await this.render(req, res, id, { notice: query.done ? DONE_NOTICES_VI[query.done] : undefined }, 200);
  }

  @Get(':id/quyet-dinh.pdf')
  async decisionPdf(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    const doc = await this.dashboard.decisionDocument(req.actor!, id);
    const bytes = doc ? await this.archive.get(doc.sha256) : null;
    if (!doc || !bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `no decision document for ${id}`);
    sendPdf(res, `Quyết định ${doc.number_text}`, bytes);
  }

  /** Any paper issued about the proposal that this viewer may read (the list on its page). */
  @Get(':id/van-ban/:documentId')
  async issuedPaper(@Req() req: WebRequest, @Res() res: Response, @Param() { id, documentId }: IssuedPaperParams): Promise<void> {
    const visible = await this.dashboard.facts(req.actor!, id);
    const doc = visible ? await this.issuedPapers.oneOfProposal(req.actor!, id, documentId) : null;
    const bytes = doc ? await this.archive.get(doc.sha256) : null;
    if (!doc || !bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `no issued paper ${documentId} for ${id}`);
    sendPdf(res, doc.document_number ? `${ISSUED_PAPER_VI[doc.kind]} ${doc.document_number}` : ISSUED_PAPER_VI[doc.kind], bytes);
  }

  @Post(':id/hoan-thien')
  @ProposalStepRoles('MARK_COMPLETE')
  markComplete(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    return this.act(req, res, id, 'MARK_COMPLETE', () => this.proposals.markComplete(req.actor!, id));
  }

  @Post(':id/bieu-quyet')
  @ProposalStepRoles('CAST_VOTE')
  async vote(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    return this.responder.submit(req, res, id, 'CAST_VOTE', await parseForm(CastVoteDto, body), (vote) => this.proposals.castVote(req.actor!, id, vote));
  }

  private act(req: WebRequest, res: Response, id: string, action: ActionKey, run: () => Promise<unknown>): Promise<void> {
    return this.responder.act(req, res, id, action, run);
  }

  private render(req: WebRequest, res: Response, id: string, messages: PageMessages, status: number): Promise<void> {
    return this.responder.render(req, res, id, messages, status);
  }
}
