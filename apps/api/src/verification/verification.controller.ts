import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsUUID } from 'class-validator';
import type { ArchiveStore } from '@khenthuong/documents';
import { Public } from '../auth/auth.decorators';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { ARCHIVE_STORE } from '../core/archive-store';
import { PageRenderer } from '../web/page-renderer';
import { sendPdf } from '../web/pdf-response';
import { WebExceptionFilter } from '../web/web-exception.filter';
import type { VerificationUploadRequest } from './verification-upload';
import { SignatureCheckService } from './signature-check.service';
import { VerificationService } from './verification.service';

export class VerificationIdParams {
  @IsUUID('all', { message: 'Mã văn bản trên mã QR không hợp lệ.' })
  id!: string;
}

export class PublicPaperParams extends VerificationIdParams {
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  documentId!: string;
}

/** `/xac-thuc/:id`, the address in every paper's QR code: public, no login. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('xac-thuc')
export class VerificationController {
  constructor(
    private readonly verification: VerificationService,
    private readonly signatures: SignatureCheckService,
    private readonly pages: PageRenderer,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  @Public()
  @Get(':id')
  async show(@Req() req: VerificationUploadRequest, @Res() res: Response, @Param() { id }: VerificationIdParams): Promise<void> {
    const view = await this.verification.view(id);
    // The signatures of the paper the code names (the decision itself on a decision's page).
    const signatures = await this.signatures.ofArchived(view.documents[0]?.sha256);
    const { issuerBodyId, ...shown } = view;
    await this.pages.send(req, res, 'xac-thuc', 'Xác thực văn bản', { ...shown, id, signatures }, 200, issuerBodyId);
  }

  /** A decision, certificate or posting notice listed on the page, as archived. */
  @Public()
  @Get(':id/van-ban/:documentId')
  async publicPaper(@Res() res: Response, @Param() { id, documentId }: PublicPaperParams): Promise<void> {
    const paper = await this.verification.publicPaper(id, documentId);
    const bytes = paper ? await this.archive.get(paper.sha256) : null;
    if (!paper || !bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `no public paper ${documentId} under ${id}`);
    sendPdf(res, paper.title, bytes);
  }

  @Public()
  @Post(':id')
  async check(@Req() req: VerificationUploadRequest, @Res() res: Response, @Param() { id }: VerificationIdParams): Promise<void> {
    if (req.uploadError === 'LIMIT_FILE_SIZE') throw new ApiError(ApiErrorCode.FILE_TOO_LARGE, `verification upload over the limit`);
    if (req.uploadError) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `verification upload: ${req.uploadError}`);
    if (!req.file || req.file.size === 0) throw new ApiError(ApiErrorCode.FILE_REQUIRED, 'no file to verify');
    const [view, result] = await Promise.all([this.verification.view(id), this.verification.compare(id, req.file.buffer)]);
    const { issuerBodyId, ...shown } = view;
    await this.pages.send(
      req,
      res,
      'xac-thuc',
      'Xác thực văn bản',
      { ...shown, id, check: { sha256: result.sha256, matched: result.matched !== null, document: result.matched, signatures: await this.signatures.ofBytes(req.file.buffer) } },
      200,
      issuerBodyId,
    );
  }
}
