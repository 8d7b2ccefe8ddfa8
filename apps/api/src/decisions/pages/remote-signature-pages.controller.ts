import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { ProposalStepRoles } from '../../auth/step-roles';
import { DashboardRepository, pendingDraftOfProposal } from '@khenthuong/persistence';
import { ProposalIdParams } from '../../proposals/proposal.dto';
import { ProposalService } from '../../proposals/proposal.service';
import { sendPdf } from '../../web/pdf-response';
import { ProposalPageResponder } from '../../proposals/pages/proposal-page-responder';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/** A decision awaiting its signer's approval on their device: its draft, and asking the device again (docs/signing.md). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ho-so')
export class RemoteSignaturePagesController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly dashboard: DashboardRepository,
    private readonly responder: ProposalPageResponder,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /** The unsigned decision the signer is asked to approve. */
  @Get(':id/du-thao-quyet-dinh.pdf')
  @Roles('CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER')
  async draft(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    const visible = await this.dashboard.facts(req.actor!, id);
    const draft = visible ? await pendingDraftOfProposal(this.dataSource, req.actor!.bodyId, id) : null;
    if (!draft) throw new ApiError(ApiErrorCode.NOT_FOUND, `no decision awaiting a signature for ${id}`);
    sendPdf(res, `Dự thảo ${draft.documentLabel}`, draft.preparedPdf);
  }

  @Post(':id/gui-lai-ky-so')
  @ProposalStepRoles('RESEND_SIGNATURE_REQUEST')
  async resend(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    return this.responder.act(req, res, id, 'RESEND_SIGNATURE_REQUEST', () => this.proposals.resendSignatureRequest(req.actor!, id));
  }
}
