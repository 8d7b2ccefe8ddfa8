import { Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import { ALL_AWARD_TITLES } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ARCHIVE_STORE } from '../../core/archive-store';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { PeopleService } from '../people.service';
import { AWARD_LEVELS, RecipientParams, RegisterQuery } from '../register.dto';
import { RECIPIENT_KIND_BY_SLUG } from '../register.controller';
import { registerTitleName } from '../register-titles';
import { LEVEL_NAMES_VI, RegisterService, type RecipientRef } from '../register.service';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { AWARD_IMPORT_COLUMNS, RegisterImportService, type AwardImportReport } from '../register-import.service';
import { assertUploadRead, type UploadRequest } from '../../web/page-upload';
import { refusalOf, type Refusal } from '../../web/form-refusal';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { sendWorkbook } from '../register.controller';
import { sendPdf } from '../../web/pdf-response';

const SLUG_BY_KIND: Readonly<Record<RecipientRef['kind'], string>> = { PERSON: 'ca-nhan', HOUSEHOLD: 'ho-gia-dinh', UNIT: 'tap-the' };
class CertificateParams {
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  proposalId!: string;
}

const recipientHref = (r: RecipientRef | null): string | null => (r ? `/so-khen-thuong/${SLUG_BY_KIND[r.kind]}/${r.id}` : null);

/** Sổ theo dõi khen thưởng: lookup, one recipient's history, certificates (docs/register.md). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('so-khen-thuong')
export class RegisterPagesController {
  constructor(
    private readonly register: RegisterService,
    private readonly people: PeopleService,
    private readonly imports: RegisterImportService,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  @Get()
  async lookup(@Req() req: WebRequest, @Res() res: Response, @Query() query: RegisterQuery): Promise<void> {
    const actor = req.actor!;
    const searched = Object.values(query).some((v) => v !== undefined && v !== '');
    const [result, units] = await Promise.all([searched ? this.register.lookup(actor, query) : null, this.people.units(actor)]);
    const params = new URLSearchParams(Object.entries(query).filter(([k, v]) => k !== 'page' && v !== undefined && v !== '').map(([k, v]): [string, string] => [k, String(v)]));
    const page = result?.page ?? 1;
    const hrefFor = (p: number) => {
      const next = new URLSearchParams(params);
      next.set('page', String(p));
      return `/so-khen-thuong?${next.toString()}`;
    };
    await this.pages.send(req, res, 'register', 'Sổ theo dõi khen thưởng', {
      query,
      searched,
      canImport: actor.roles.includes('OFFICER'),
      rows: result?.rows.map((r) => ({ ...r, href: recipientHref(r.recipient) })) ?? [],
      units: units.map((u) => ({ ...u, selected: u.id === query.unitId })),
      titles: ALL_AWARD_TITLES.map((t) => ({ value: t, label: registerTitleName(t, new Date().getUTCFullYear()), selected: t === query.title })),
      levels: AWARD_LEVELS.map((l) => ({ value: l, label: LEVEL_NAMES_VI[l], selected: l === query.level })),
      exportHref: `/so-khen-thuong/xuat.xlsx?${params.toString()}`,
      pager: result && (page > 1 || result.hasMore) ? { page, previousHref: page > 1 ? hrefFor(page - 1) : null, nextHref: result.hasMore ? hrefFor(page + 1) : null } : null,
    });
  }

  /** The lookup's rows as a workbook, on the page's own session (the API's export takes a bearer token). */
  @Get('xuat.xlsx')
  async exportList(@Req() req: WebRequest, @Res() res: Response, @Query() query: RegisterQuery): Promise<void> {
    sendWorkbook(res, await this.register.exportWorkbook(req.actor!, query), 'so-theo-doi-khen-thuong.xlsx');
  }

  @Get('nhap')
  @Roles('OFFICER')
  importForm(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    return this.renderImport(req, res, {}, 200);
  }

  /** Multipart, parsed by DossierUploadModule's middleware so the CSRF guard sees `_csrf`; every row is checked before any is written. */
  @Post('nhap')
  @Roles('OFFICER')
  async importList(@Req() req: UploadRequest, @Res() res: Response): Promise<void> {
    let report: AwardImportReport;
    try {
      assertUploadRead(req);
      report = await this.imports.import(req.actor!, req.file);
    } catch (error) {
      const refusal = refusalOf(this.errors, error, req);
      const rowErrors = (this.errors.describe(error, req).errors ?? []).map((e) => ({ row: e.field, messages: e.messages }));
      return this.renderImport(req, res, { ...refusal, rowErrors: rowErrors.length ? rowErrors : undefined }, refusal.status);
    }
    await this.renderImport(req, res, { report }, 200);
  }

  @Get('ho-so/:proposalId/giay-chung-nhan.pdf')
  async certificate(@Req() req: WebRequest, @Res() res: Response, @Param() { proposalId }: CertificateParams): Promise<void> {
    const doc = await this.register.certificate(req.actor!, proposalId);
    const bytes = doc ? await this.archive.get(doc.sha256) : null;
    if (!bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `no certificate for ${proposalId}`);
    sendPdf(res, 'Giấy chứng nhận', bytes);
  }

  private renderImport(req: WebRequest, res: Response, model: ImportModel, status: number): Promise<void> {
    const report = model.report;
    const notice = report
      ? report.duplicate
        ? 'Tệp này đã được nhập trước đây; không nhập thêm khen thưởng nào.'
        : `Đã nhập ${report.imported} khen thưởng${report.alreadyRegistered ? `; ${report.alreadyRegistered} khen thưởng đã có trong sổ nên không nhập lại` : ''}.`
      : undefined;
    return this.pages.send(req, res, 'register-import', 'Nhập khen thưởng các năm trước', { ...model, notice, columns: AWARD_IMPORT_COLUMNS.join(' | ') }, status);
  }

  @Get(':kind/:id')
  async history(@Req() req: WebRequest, @Res() res: Response, @Param() { kind, id }: RecipientParams): Promise<void> {
    const history = await this.register.history(req.actor!, { kind: RECIPIENT_KIND_BY_SLUG[kind], id });
    await this.pages.send(req, res, 'register-history', history.name, history);
  }
}

type ImportModel = Partial<Refusal> & { rowErrors?: unknown; report?: AwardImportReport };
