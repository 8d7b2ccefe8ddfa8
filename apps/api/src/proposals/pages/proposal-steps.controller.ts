import { Body, Controller, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import { DossierPapersService } from '../../dossier/dossier-papers.service';
import { ObjectionParams, ProposalIdParams, ProposalStepParams, ResolveObjectionDto } from '../proposal.dto';
import { ProposalService } from '../proposal.service';
import { parseForm } from '../../web/form';
import { PerformsStep, ProposalStepRoles } from '../../auth/step-roles';
import { ProposalPageResponder } from './proposal-page-responder';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';
import { WrittenVoteForm } from './proposal-step-forms';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { PROPOSAL_STEP_ROUTES } from '../proposal.step-inputs';
import { pageStepInput } from '../../steps/step-body';

/** The proposal page's step forms: every described step at one address, and the steps that need more than their form. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ho-so')
export class ProposalStepsController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly responder: ProposalPageResponder,
    private readonly papers: DossierPapersService,
  ) {}

  /** Any step described in PROPOSAL_STEP_INPUTS: its form checked, then performed; the page again on a refusal. */
  @Post(':id/buoc/:step')
  @PerformsStep(PROPOSAL_STEP_ROUTES, 'page')
  async performStep(@Req() req: WebRequest, @Res() res: Response, @Param() { id, step: slug }: ProposalStepParams, @Body() body: unknown): Promise<void> {
    const step = PROPOSAL_STEP_ROUTES.generic(slug, 'page');
    const form = await pageStepInput(step, body);
    return this.responder.submit(req, res, id, step.key, form, (input) => this.proposals.performStep(req.actor!, id, slug, input));
  }

  /** An absent member's paper ballot with its scan (multipart: DossierUploadModule's middleware reads it before the CSRF guard). */
  @Post(':id/phieu-van-ban')
  @ProposalStepRoles('RECORD_WRITTEN_VOTE')
  async writtenVote(@Req() req: UploadRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    return this.responder.submit(req, res, id, 'RECORD_WRITTEN_VOTE', await parseForm(WrittenVoteForm, req.body), async (vote) => {
      assertUploadRead(req);
      const scanSha256 = await this.papers.storeBallotScan(req.actor!, id, req.file);
      return this.proposals.recordWrittenVote(req.actor!, id, { ...vote, scanSha256 });
    });
  }

  @Post(':id/phan-anh/:objectionId/giai-quyet')
  @ProposalStepRoles('RESOLVE_OBJECTION')
  async resolveObjection(@Req() req: WebRequest, @Res() res: Response, @Param() { id, objectionId }: ObjectionParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(ResolveObjectionDto, body);
    return this.responder.submit(req, res, id, 'RESOLVE_OBJECTION', form, (outcome) => this.proposals.resolveObjection(req.actor!, id, objectionId, outcome));
  }
}
