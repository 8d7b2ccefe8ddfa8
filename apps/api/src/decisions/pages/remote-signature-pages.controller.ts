import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { DashboardRepository, pendingDraftOfProposal } from '@khenthuong/persistence';
import { ProposalIdParams } from '../../proposals/proposal.dto';
import { sendPdf } from '../../web/pdf-response';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/** A decision awaiting its signer's approval on their device: its draft (asking the device again is the step RESEND_SIGNATURE_REQUEST; docs/signing.md). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ho-so')
export class RemoteSignaturePagesController {
  constructor(
    private readonly dashboard: DashboardRepository,
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
}
