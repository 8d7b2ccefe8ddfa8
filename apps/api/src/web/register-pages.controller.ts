import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { ALL_AWARD_TITLES } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ARCHIVE_STORE } from '../common/archive-store';
import { Roles } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { PeopleService } from '../register/people.service';
import { AWARD_LEVELS, HouseholdDto, IdParams, PeopleQuery, PersonDto, RecipientParams, RegisterQuery } from '../register/register.dto';
import { RECIPIENT_KIND_BY_SLUG } from '../register/register.controller';
import { registerTitleName } from '../register/register-titles';
import { LEVEL_NAMES_VI, RegisterService, type RecipientRef } from '../register/register.service';
import { GlobalExceptionFilter } from '../common/global-exception.filter';
import { AWARD_IMPORT_COLUMNS, RegisterImportService, type AwardImportReport } from '../register/register-import.service';
import { formFailure, INVALID_FORM } from './admin/admin-form-failure';
import { assertUploadRead } from './plan/plan-unit-pages.controller';
import type { UploadRequest } from './plan/plan-upload.middleware';
import { refusalOf, type Refusal } from './plan/plan-page-support';
import { parseForm, problemsByField } from './form';
import { PageRenderer } from './page-renderer';
import { WebExceptionFilter } from './web-exception.filter';
import { sendWorkbook } from '../register/register.controller';

const SLUG_BY_KIND: Readonly<Record<RecipientRef['kind'], string>> = { PERSON: 'ca-nhan', HOUSEHOLD: 'ho-gia-dinh', UNIT: 'tap-the' };
const PEOPLE_DONE_VI: Readonly<Record<string, string>> = { CREATED: 'Đã thêm cá nhân.', UPDATED: 'Đã lưu thông tin.', DEACTIVATED: 'Đã ngừng theo dõi cá nhân này.', REACTIVATED: 'Đã theo dõi lại cá nhân này.' };

class PeoplePageQuery extends PeopleQuery {
  @IsOptional()
  @IsIn(Object.keys(PEOPLE_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: string;
}

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
    res.type('application/pdf').setHeader('Content-Disposition', 'inline; filename="giay-chung-nhan.pdf"');
    res.send(bytes);
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

/** Danh sách cá nhân: the officer keeps everyone, a unit head their own unit; deactivated, never deleted. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('danh-sach-ca-nhan')
export class PeoplePagesController {
  constructor(
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('OFFICER', 'UNIT_HEAD')
  list(@Req() req: WebRequest, @Res() res: Response, @Query() { done, ...query }: PeoplePageQuery): Promise<void> {
    return this.render(req, res, query, {}, [], undefined, 200, done ? PEOPLE_DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('OFFICER', 'UNIT_HEAD')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(PersonDto, body);
    if (!form.ok) return this.render(req, res, {}, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.createPerson(req.actor!, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.render(req, res, {}, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, '/danh-sach-ca-nhan?done=CREATED');
  }

  @Get(':id')
  @Roles('OFFICER', 'UNIT_HEAD')
  async edit(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams, @Query('done') done?: string): Promise<void> {
    const person = await this.people.person(req.actor!, id);
    return this.renderEdit(req, res, id, { ...person, position: person.position ?? '', dateOfBirth: person.dateOfBirth ?? '' }, [], undefined, 200, typeof done === 'string' ? PEOPLE_DONE_VI[done] : undefined);
  }

  @Post(':id')
  @Roles('OFFICER', 'UNIT_HEAD')
  async update(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(PersonDto, body);
    if (!form.ok) return this.renderEdit(req, res, id, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.updatePerson(req.actor!, id, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.renderEdit(req, res, id, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=UPDATED`);
  }

  @Post(':id/ngung-theo-doi')
  @Roles('OFFICER', 'UNIT_HEAD')
  async deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setPersonActive(req.actor!, id, false);
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=DEACTIVATED`);
  }

  @Post(':id/theo-doi-lai')
  @Roles('OFFICER', 'UNIT_HEAD')
  async reactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setPersonActive(req.actor!, id, true);
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=REACTIVATED`);
  }

  private async render(req: WebRequest, res: Response, query: PeopleQuery, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [people, units] = await Promise.all([this.people.listPeople(req.actor!, query), this.people.units(req.actor!)]);
    await this.pages.send(
      req,
      res,
      'people',
      'Danh sách cá nhân',
      {
        query,
        people: people.map((p) => ({ ...p, genderName: p.gender === 'NU' ? 'Nữ' : p.gender === 'NAM' ? 'Nam' : '' })),
        units: units.map((u) => ({ ...u, selected: u.id === values.unitId, filtered: u.id === query.unitId })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }

  private async renderEdit(req: WebRequest, res: Response, id: string, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [person, units] = await Promise.all([this.people.person(req.actor!, id), this.people.units(req.actor!)]);
    await this.pages.send(
      req,
      res,
      'person-edit',
      person.fullName,
      {
        person,
        values,
        units: units.map((u) => ({ ...u, selected: u.id === values.unitId })),
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}

const HOUSEHOLD_DONE_VI: Readonly<Record<string, string>> = { CREATED: 'Đã thêm hộ gia đình.', UPDATED: 'Đã lưu thông tin.', DEACTIVATED: 'Đã ngừng theo dõi hộ gia đình này.' };

class HouseholdPageQuery extends PeopleQuery {
  @IsOptional()
  @IsIn(Object.keys(HOUSEHOLD_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: string;
}

/** Danh sách hộ gia đình: a residential group's head keeps its households, the officer all; deactivated, never deleted. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('danh-sach-ho-gia-dinh')
export class HouseholdPagesController {
  constructor(
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('OFFICER', 'UNIT_HEAD')
  list(@Req() req: WebRequest, @Res() res: Response, @Query() { done, ...query }: HouseholdPageQuery): Promise<void> {
    return this.render(req, res, query, {}, [], undefined, 200, done ? HOUSEHOLD_DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('OFFICER', 'UNIT_HEAD')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(HouseholdDto, body);
    if (!form.ok) return this.render(req, res, {}, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.createHousehold(req.actor!, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.render(req, res, {}, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, '/danh-sach-ho-gia-dinh?done=CREATED');
  }

  @Post(':id/ngung-theo-doi')
  @Roles('OFFICER', 'UNIT_HEAD')
  async deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setHouseholdActive(req.actor!, id, false);
    res.redirect(303, '/danh-sach-ho-gia-dinh?done=DEACTIVATED');
  }

  private async render(req: WebRequest, res: Response, query: PeopleQuery, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [households, units] = await Promise.all([this.people.listHouseholds(req.actor!, query), this.people.units(req.actor!)]);
    const groups = units.filter((u) => u.kind === 'TO_DAN_PHO');
    await this.pages.send(
      req,
      res,
      'households',
      'Danh sách hộ gia đình',
      {
        query,
        households,
        groups: groups.map((u) => ({ ...u, selected: u.id === values.residentialGroupId, filtered: u.id === query.unitId })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}
