import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AdminCouncilsService } from '../admin-councils.service';
import { AdminUsersService } from '../admin-users.service';
import { AddCouncilMemberForm, AdminIdParams, COUNCIL_ROLE_VI, COUNCIL_ROLES, CouncilMemberParams, CreateCouncilForm } from '../admin.forms';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { submitAdminForm } from './admin-form-failure';

const DONE_VI: Record<string, string> = {
  CREATED: 'Đã tạo Hội đồng (chưa hoạt động).',
  MEMBER_ADDED: 'Đã thêm thành viên.',
  MEMBER_REMOVED: 'Đã bớt thành viên.',
  ACTIVATED: 'Hội đồng đã được chọn làm Hội đồng đang hoạt động.',
};

/** Quản trị › Hội đồng TĐKT: councils per term, their members, and which one sits now. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri/hoi-dong')
export class AdminCouncilsPagesController {
  constructor(
    private readonly councils: AdminCouncilsService,
    private readonly users: AdminUsersService,
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
      CreateCouncilForm,
      body,
      async (value) => {
        await this.councils.create(req.actor!, value);
        return '/quan-tri/hoi-dong?done=CREATED';
      },
      (f) => this.render(req, res, values, f.problems, f.error, f.status),
    );
  }

  @Post(':id/thanh-vien')
  @Roles('ADMIN')
  async addMember(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams, @Body() body: unknown): Promise<void> {
    return submitAdminForm(
      res,
      AddCouncilMemberForm,
      body,
      async (value) => {
        await this.councils.addMember(req.actor!, id, value);
        return '/quan-tri/hoi-dong?done=MEMBER_ADDED';
      },
      (f) => this.render(req, res, {}, f.problems, f.error, f.status),
    );
  }

  @Post(':id/thanh-vien/:memberId/xoa')
  @Roles('ADMIN')
  async removeMember(@Req() req: WebRequest, @Res() res: Response, @Param() { id, memberId }: CouncilMemberParams): Promise<void> {
    await this.councils.removeMember(req.actor!, id, memberId);
    res.redirect(303, '/quan-tri/hoi-dong?done=MEMBER_REMOVED');
  }

  @Post(':id/kich-hoat')
  @Roles('ADMIN')
  async activate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    await this.councils.activate(req.actor!, id);
    res.redirect(303, '/quan-tri/hoi-dong?done=ACTIVATED');
  }

  private async render(req: WebRequest, res: Response, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [councils, users] = await Promise.all([this.councils.list(req.actor!), this.users.list(req.actor!)]);
    const activeUsers = users.filter((u) => u.active);
    await this.pages.send(
      req,
      res,
      'admin-councils',
      'Hội đồng Thi đua - Khen thưởng',
      {
        councils: councils.map((c) => ({
          ...c,
          members: c.members.map((m) => ({ ...m, roleName: COUNCIL_ROLE_VI[m.councilRole as keyof typeof COUNCIL_ROLE_VI] ?? m.councilRole })),
          candidates: activeUsers.filter((u) => !c.members.some((m) => m.userId === u.id)).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
        })),
        councilRoles: COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_VI[r] })),
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
