import { Body, Controller, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import { DossierPapersService } from '../../dossier/dossier-papers.service';
import { ObjectionParams, ProposalIdParams, ResolveObjectionDto, DismissObjectionsDto, ResubmitDto, RetryStuckStepDto, ReturnForPapersDto } from '../proposal.dto';
import { ProposalService } from '../proposal.service';
import { parseForm } from '../../web/form';
import { ProposalStepRoles } from '../../auth/step-roles';
import { ProposalPageResponder } from './proposal-page-responder';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';
import { ExtendPostingForm, formRows, HigherLevelResultForm, RETURN_FORM_ROWS, withoutToken, WrittenVoteForm } from './proposal-step-forms';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/** The proposal page's forms for the steps between submission and decision: returns, objections, posting, escalation. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ho-so')
export class ProposalStepsController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly responder: ProposalPageResponder,
    private readonly papers: DossierPapersService,
  ) {}

  @Post(':id/tra-ho-so')
  @ProposalStepRoles('RETURN_FOR_PAPERS')
  async returnForPapers(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const { rows, rest } = formRows(body, ['paper', 'reason'] as const, RETURN_FORM_ROWS);
    const form = await parseForm(ReturnForPapersDto, { ...withoutToken(rest), items: rows });
    if (!form.ok) return this.responder.refuse(req, res, id, 'RETURN_FOR_PAPERS', form.problems);
    return this.responder.act(req, res, id, 'RETURN_FOR_PAPERS', () => this.proposals.returnForPapers(req.actor!, id, form.value));
  }

  @Post(':id/nop-lai')
  @ProposalStepRoles('RESUBMIT')
  async resubmit(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(ResubmitDto, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RESUBMIT', form.problems);
    return this.responder.act(req, res, id, 'RESUBMIT', () => this.proposals.resubmit(req.actor!, id, form.value));
  }

  /** An absent member's paper ballot with its scan (multipart: DossierUploadModule's middleware reads it before the CSRF guard). */
  @Post(':id/phieu-van-ban')
  @ProposalStepRoles('RECORD_WRITTEN_VOTE')
  async writtenVote(@Req() req: UploadRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    const form = await parseForm(WrittenVoteForm, req.body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RECORD_WRITTEN_VOTE', form.problems);
    return this.responder.act(req, res, id, 'RECORD_WRITTEN_VOTE', async () => {
      assertUploadRead(req);
      const scanSha256 = await this.papers.storeBallotScan(req.actor!, id, req.file);
      return this.proposals.recordWrittenVote(req.actor!, id, { ...form.value, scanSha256 });
    });
  }

  @Post(':id/gia-han-cong-khai')
  @ProposalStepRoles('EXTEND_POSTING')
  async extendPosting(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(ExtendPostingForm, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'EXTEND_POSTING', form.problems);
    return this.responder.act(req, res, id, 'EXTEND_POSTING', () => this.proposals.extendPosting(req.actor!, id, form.value));
  }

  @Post(':id/phan-anh/:objectionId/giai-quyet')
  @ProposalStepRoles('RESOLVE_OBJECTION')
  async resolveObjection(@Req() req: WebRequest, @Res() res: Response, @Param() { id, objectionId }: ObjectionParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(ResolveObjectionDto, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RESOLVE_OBJECTION', form.problems);
    return this.responder.act(req, res, id, 'RESOLVE_OBJECTION', () => this.proposals.resolveObjection(req.actor!, id, objectionId, form.value));
  }

  @Post(':id/phan-anh/bac-bo')
  @ProposalStepRoles('RESOLVE_OBJECTION')
  async dismissObjections(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(DismissObjectionsDto, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RESOLVE_OBJECTION', form.problems);
    return this.responder.act(req, res, id, 'RESOLVE_OBJECTION', () => this.proposals.dismissObjections(req.actor!, id, form.value));
  }

  @Post(':id/ket-qua-cap-tren')
  @ProposalStepRoles('RECORD_HIGHER_LEVEL_RESULT')
  async higherLevelResult(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(HigherLevelResultForm, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RECORD_HIGHER_LEVEL_RESULT', form.problems);
    return this.responder.act(req, res, id, 'RECORD_HIGHER_LEVEL_RESULT', () => this.proposals.recordHigherLevelResult(req.actor!, id, form.value));
  }

  /** A step that failed for good ("Cần xử lý"), retried once the data is repaired. */
  @Post(':id/thu-lai')
  @ProposalStepRoles('RETRY_STUCK_STEP')
  async retryStuckStep(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(RetryStuckStepDto, body);
    if (!form.ok) return this.responder.refuse(req, res, id, 'RETRY_STUCK_STEP', form.problems);
    return this.responder.act(req, res, id, 'RETRY_STUCK_STEP', () => this.proposals.retryStuckStep(req.actor!, id, form.value));
  }
}
