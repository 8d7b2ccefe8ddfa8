import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode, type FieldProblem } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { DossierPaperFieldsDto } from '../../dossier/dossier.dto';
import { dossierPaperKinds } from '../../dossier/dossier-papers.service';
import { DraftPapersService } from '../draft-papers.service';
import { DraftDocumentParams, DraftIdParams, type ProposalDraftDto } from '../proposal-draft.dto';
import { draftClientKey, ProposalDraftService } from '../proposal-draft.service';
import { ProposalService } from '../../proposals/proposal.service';
import { parseForm } from '../../web/form';
import { DraftForm, draftFormValues, relevantFields, toCreateProposal } from './new-proposal-form';
import { NominationFormView, type DraftSection } from './nomination-form.view';
import { PageRenderer } from '../../web/page-renderer';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';
import { dateTime } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

const DONE_VI = {
  SAVED: 'Đã lưu hồ sơ nháp.',
  PAPER: 'Đã đính kèm giấy tờ vào hồ sơ nháp.',
  PAPER_REMOVED: 'Đã gỡ giấy tờ khỏi hồ sơ nháp.',
  DELETED: 'Đã xóa hồ sơ nháp.',
} as const;

class DraftPageQuery {
  @IsOptional()
  @IsIn(Object.keys(DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: keyof typeof DONE_VI;
}

interface Shown {
  values?: Record<string, unknown>;
  problems?: FieldProblem[];
  error?: string;
  notice?: string;
}

/** The unit's drafts ("Hồ sơ nháp"): edit, attach papers, delete, submit ("Nộp hồ sơ"). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Roles('UNIT_HEAD', 'OFFICER')
@Controller('don-vi/ho-so-nhap')
export class DraftPagesController {
  constructor(
    private readonly drafts: ProposalDraftService,
    private readonly papers: DraftPapersService,
    private readonly proposals: ProposalService,
    private readonly form: NominationFormView,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response, @Query() query: DraftPageQuery): Promise<void> {
    const rows = await this.drafts.list(req.actor!);
    await this.pages.send(req, res, 'drafts', 'Hồ sơ nháp', {
      notice: query.done ? DONE_VI[query.done] : undefined,
      showUnit: req.actor!.roles.includes('OFFICER'),
      rows: rows.map((d) => ({ href: `/don-vi/ho-so-nhap/${d.id}`, titleName: d.titleName, nomineeName: d.nomineeName ?? 'Chưa chọn', unitName: d.unitName, updated: dateTime(d.updatedAt) })),
    });
  }

  @Get(':id')
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: DraftIdParams, @Query() query: DraftPageQuery): Promise<void> {
    await this.render(req, res, id, { notice: query.done ? DONE_VI[query.done] : undefined }, 200);
  }

  /** "Lưu nháp" saves the form; "Nộp hồ sơ" saves it and submits the draft (once, however often it is clicked). */
  @Post(':id')
  async save(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: DraftIdParams, @Body() body: unknown): Promise<void> {
    const actor = req.actor!;
    const values = { ...(body as Record<string, unknown>) };
    const submit = values.hanhDong !== 'luu-nhap';
    const earlier = submit ? await this.proposals.submitted(actor, draftClientKey(id)) : null;
    if (earlier) return res.redirect(303, `/ho-so/${earlier.id}?done=SUBMIT`);
    const form = await parseForm(DraftForm, relevantFields(values));
    if (!form.ok) return this.render(req, res, id, { values, problems: form.problems, error: 'Vui lòng sửa các trường được đánh dấu.' }, 400);
    try {
      await this.drafts.update(actor, id, toCreateProposal(form.value as DraftForm)).catch((error: unknown) => {
        // A second click while the first submitted it: the draft is gone, its proposal answers below.
        if (!(submit && isNotFound(error))) throw error;
      });
      if (!submit) return res.redirect(303, `/don-vi/ho-so-nhap/${id}?done=SAVED`);
      const { proposal } = await this.drafts.submit(actor, id);
      res.redirect(303, `/ho-so/${proposal.id}?done=SUBMIT`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === ApiErrorCode.NOT_FOUND) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      await this.render(req, res, id, { values, problems: error.fields, error: messageVi, notice: submit ? 'Các thay đổi đã được lưu vào hồ sơ nháp; hồ sơ chưa được nộp.' : undefined }, status);
    }
  }

  /** Multipart: parsed by DossierUploadModule's middleware so the CSRF guard sees `_csrf`. */
  @Post(':id/giay-to')
  async upload(@Req() req: UploadRequest, @Res() res: Response, @Param() { id }: DraftIdParams): Promise<void> {
    try {
      assertUploadRead(req);
      const form = await parseForm(DossierPaperFieldsDto, req.body);
      if (!form.ok) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'paper form', form.problems);
      await this.papers.upload(req.actor!, id, form.value.kind, req.file);
      res.redirect(303, `/don-vi/ho-so-nhap/${id}?done=PAPER`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === ApiErrorCode.NOT_FOUND) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      await this.render(req, res, id, { problems: error.fields, error: messageVi }, status);
    }
  }

  @Get(':id/giay-to/:docId')
  async download(@Req() req: WebRequest, @Res() res: Response, @Param() { id, docId }: DraftDocumentParams): Promise<void> {
    const { bytes, mime, name } = await this.papers.download(req.actor!, id, docId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(bytes);
  }

  @Post(':id/giay-to/:docId/go')
  async removePaper(@Req() req: WebRequest, @Res() res: Response, @Param() { id, docId }: DraftDocumentParams): Promise<void> {
    await this.papers.remove(req.actor!, id, docId);
    res.redirect(303, `/don-vi/ho-so-nhap/${id}?done=PAPER_REMOVED`);
  }

  @Post(':id/xoa')
  async delete(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: DraftIdParams): Promise<void> {
    await this.drafts.delete(req.actor!, id);
    res.redirect(303, '/don-vi/ho-so-nhap?done=DELETED');
  }

  private async render(req: WebRequest, res: Response, id: string, shown: Shown, status: number): Promise<void> {
    const draft = await this.drafts.get(req.actor!, id);
    const values = shown.values ?? { ...draftFormValues(draft), clientKey: draft.id };
    await this.form.send(req, res, { values, problems: shown.problems, error: shown.error, notice: shown.notice, draft: section(draft) }, status);
  }
}

function section(draft: ProposalDraftDto): DraftSection {
  return {
    id: draft.id,
    requiredPapers: draft.requiredPapers.map((p) => ({ name: p.name, present: p.present })),
    papers: draft.papers.map((p) => ({
      href: `/don-vi/ho-so-nhap/${draft.id}/giay-to/${p.id}`,
      removeAction: `/don-vi/ho-so-nhap/${draft.id}/giay-to/${p.id}/go`,
      kindName: p.kindName,
      fileName: p.fileName,
      sizeKb: Math.max(1, Math.round(p.sizeBytes / 1024)),
      uploadedAt: dateTime(p.uploadedAt),
      uploadedBy: p.uploadedBy,
    })),
    paperKinds: dossierPaperKinds(),
    updated: dateTime(draft.updatedAt),
  };
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND;
