import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AdminUnitsService } from '../admin-units.service';
import { AdminIdParams, CreateUnitForm, RenameUnitForm, UNIT_KIND_VI, UNIT_KINDS } from '../admin.forms';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { parseForm, problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { submitAdminForm } from './admin-form-failure';

const DONE_VI: Record<string, string> = {
  CREATED: 'Đã thêm đơn vị.',
  RENAMED: 'Đã đổi tên đơn vị.',
  DEACTIVATED: 'Đã ngừng hoạt động đơn vị; hồ sơ, khen thưởng và cá nhân của đơn vị được giữ nguyên.',
  REACTIVATED: 'Đơn vị đã hoạt động lại.',
};
/** The two state changes, each confirmed on its own page first. */
const STATE_CHANGES = {
  'ngung-hoat-dong': { active: false, done: 'DEACTIVATED', heading: 'Ngừng hoạt động đơn vị', button: 'Xác nhận ngừng hoạt động' },
  'hoat-dong-lai': { active: true, done: 'REACTIVATED', heading: 'Cho đơn vị hoạt động lại', button: 'Xác nhận hoạt động lại' },
} as const;
type StateChange = keyof typeof STATE_CHANGES;

/** Quản trị › Đơn vị: list, add, rename, stop and restart (units are never deleted; proposals, awards and users point at them). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri/don-vi')
export class AdminUnitsPagesController {
  constructor(
    private readonly units: AdminUnitsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('ADMIN')
  list(@Req() req: WebRequest, @Res() res: Response, @Query('done') done?: string): Promise<void> {
    return this.render(req, res, {}, [], undefined, 200, typeof done === 'string' ? DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('ADMIN')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    return submitAdminForm(
      res,
      CreateUnitForm,
      body,
      async (value) => {
        await this.units.create(req.actor!, value);
        return '/quan-tri/don-vi?done=CREATED';
      },
      (f) => this.render(req, res, values, f.problems, f.error, f.status),
    );
  }

  @Post(':id')
  @Roles('ADMIN')
  async rename(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams, @Body() body: unknown): Promise<void> {
    const form = await parseForm(RenameUnitForm, body);
    if (!form.ok) return this.render(req, res, {}, [], form.problems.flatMap((p) => p.messages).join(' '), 400);
    await this.units.rename(req.actor!, id, form.value);
    res.redirect(303, '/quan-tri/don-vi?done=RENAMED');
  }

  @Get(':id/ngung-hoat-dong')
  @Roles('ADMIN')
  confirmDeactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    return this.confirm(req, res, id, 'ngung-hoat-dong');
  }

  @Post(':id/ngung-hoat-dong')
  @Roles('ADMIN')
  deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    return this.change(req, res, id, 'ngung-hoat-dong');
  }

  @Get(':id/hoat-dong-lai')
  @Roles('ADMIN')
  confirmReactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    return this.confirm(req, res, id, 'hoat-dong-lai');
  }

  @Post(':id/hoat-dong-lai')
  @Roles('ADMIN')
  reactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    return this.change(req, res, id, 'hoat-dong-lai');
  }

  private async confirm(req: WebRequest, res: Response, id: string, slug: StateChange): Promise<void> {
    const usage = await this.units.usage(req.actor!, id);
    const change = STATE_CHANGES[slug];
    await this.pages.send(req, res, 'admin-unit-confirm', change.heading, { unit: usage, slug, ...change, alreadyDone: usage.active === change.active });
  }

  private async change(req: WebRequest, res: Response, id: string, slug: StateChange): Promise<void> {
    const change = STATE_CHANGES[slug];
    await this.units.setActive(req.actor!, id, change.active);
    res.redirect(303, `/quan-tri/don-vi?done=${change.done}`);
  }

  private async render(req: WebRequest, res: Response, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const rows = await this.units.list(req.actor!);
    await this.pages.send(
      req,
      res,
      'admin-units',
      'Đơn vị',
      {
        units: rows.map((u) => ({ ...u, kindName: UNIT_KIND_VI[u.kind as keyof typeof UNIT_KIND_VI] ?? u.kind })),
        kinds: UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_VI[k], selected: values.kind === k })),
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
