import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { PlanIdParams } from '../plan.dto';
import { PlanDocumentService } from '../plan-document.service';
import { PlanPapersService } from '../plan-papers.service';
import { WebExceptionFilter } from '../../web/web-exception.filter';

function sendPdf(res: Response, fileName: string, bytes: Buffer): void {
  res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${fileName.replace(/[^0-9A-Za-z.-]+/g, '-')}"`);
  res.send(bytes);
}

/** The plan's papers from its page: the plan itself, the registration list, the summary report. Refusals go to the error page. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('ke-hoach/:id')
export class PlanDocumentsPageController {
  constructor(
    private readonly documents: PlanDocumentService,
    private readonly papers: PlanPapersService,
  ) {}

  @Post('ban-hanh')
  @Roles('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')
  async issue(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    await this.documents.issue(req.actor!, id);
    res.redirect(303, `/ke-hoach/${id}?done=ISSUING`);
  }

  @Get('ke-hoach.pdf')
  async planPdf(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    const { bytes, numberText } = await this.documents.pdf(req.actor!, id);
    sendPdf(res, `ke-hoach-${numberText}.pdf`, bytes);
  }

  @Post('bao-cao-tong-ket')
  @Roles('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')
  async issueSummary(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    await this.papers.issueSummary(req.actor!, id);
    res.redirect(303, `/ke-hoach/${id}?done=SUMMARY_ISSUING#van-ban`);
  }

  @Get('bao-cao-tong-ket.pdf')
  async summaryPdf(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    const { bytes, fileName } = await this.papers.summaryPdf(req.actor!, id);
    sendPdf(res, fileName, bytes);
  }

  @Post('danh-sach-dang-ky')
  @Roles('OFFICER', 'ADMIN')
  async renderList(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    await this.papers.renderRegistrationList(req.actor!, id);
    res.redirect(303, `/ke-hoach/${id}?done=LIST_RENDERING#van-ban`);
  }

  @Get('danh-sach-dang-ky.pdf')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  async listPdf(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: PlanIdParams): Promise<void> {
    const { bytes, fileName } = await this.papers.registrationListPdf(req.actor!, id);
    sendPdf(res, fileName, bytes);
  }
}
