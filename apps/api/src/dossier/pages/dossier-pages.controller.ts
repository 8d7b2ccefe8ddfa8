import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { DossierPaperFieldsDto, ProposalDocumentParams } from '../dossier.dto';
import { DossierPapersService } from '../dossier-papers.service';
import { NominationImportService, type NominationImportResult } from '../nomination-import.service';
import { ProposalIdParams } from '../../proposals/proposal.dto';
import { parseForm } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';
import { refusalOf, type Refusal } from '../../web/form-refusal';
import { ProposalPageResponder } from '../../proposals/pages/proposal-page-responder';
import { WebExceptionFilter } from '../../web/web-exception.filter';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class ImportDoneQuery {
  @IsOptional()
  @IsIn(['1'], { message: 'Tham số không hợp lệ.' })
  xong?: string;
}

/** A proposal's papers (upload by the nominating unit, download by whoever sees it) and the nomination list from Excel. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller()
export class DossierPagesController {
  constructor(
    private readonly papers: DossierPapersService,
    private readonly imports: NominationImportService,
    private readonly responder: ProposalPageResponder,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  /** Multipart: parsed by DossierUploadModule's middleware so the CSRF guard sees `_csrf`. */
  @Post('ho-so/:id/giay-to')
  @Roles('UNIT_HEAD')
  async upload(@Req() req: UploadRequest, @Res() res: Response, @Param() { id }: ProposalIdParams): Promise<void> {
    await this.responder.act(req, res, id, 'ADD_PAPER', async () => {
      assertUploadRead(req);
      const form = await parseForm(DossierPaperFieldsDto, req.body);
      if (!form.ok) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'paper form', form.problems);
      await this.papers.upload(req.actor!, id, form.value.kind, req.file);
    });
  }

  @Get('ho-so/:id/giay-to/:docId')
  async download(@Req() req: WebRequest, @Res() res: Response, @Param() { id, docId }: ProposalDocumentParams): Promise<void> {
    const { bytes, mime, name } = await this.papers.download(req.actor!, id, docId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(bytes);
  }

  @Get('don-vi/nhap-danh-sach')
  @Roles('UNIT_HEAD')
  async importForm(@Req() req: WebRequest, @Res() res: Response, @Query() _query: ImportDoneQuery): Promise<void> {
    await this.render(req, res, {}, 200);
  }

  @Get('don-vi/nhap-danh-sach/mau.xlsx')
  @Roles('UNIT_HEAD')
  async template(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const bytes = await this.imports.template(req.actor!);
    res.setHeader('content-type', XLSX);
    res.setHeader('content-disposition', 'attachment; filename="mau-danh-sach-de-nghi.xlsx"');
    res.end(bytes);
  }

  /** The file's rows are all checked first; a bad one shows every bad row and creates nothing. */
  @Post('don-vi/nhap-danh-sach')
  @Roles('UNIT_HEAD')
  async importList(@Req() req: UploadRequest, @Res() res: Response): Promise<void> {
    let result: NominationImportResult;
    try {
      assertUploadRead(req);
      result = await this.imports.import(req.actor!, req.file);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      const rowErrors = (this.errors.describe(error, req).errors ?? []).map((e) => ({ row: e.field, messages: e.messages }));
      return this.render(req, res, { ...refusal, rowErrors: rowErrors.length ? rowErrors : undefined }, refusal.status);
    }
    // Shown at once (not redirected): the list of what was created is this upload's answer.
    await this.render(req, res, { result }, 200);
  }

  private render(req: WebRequest, res: Response, model: Partial<Refusal> & { rowErrors?: unknown; result?: NominationImportResult }, status: number): Promise<void> {
    const result = model.result;
    return this.pages.send(
      req,
      res,
      'dossier-import',
      'Nhập danh sách đề nghị từ Excel',
      {
        ...model,
        notice: result ? `Đã tạo ${result.created} hồ sơ đề nghị mới${result.existing ? `; ${result.existing} hồ sơ đã có từ lần tải lên trước` : ''}.` : undefined,
      },
      status,
    );
  }
}
