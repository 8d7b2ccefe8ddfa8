import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ROLE_LABEL_VI, ROLES } from '@khenthuong/domain';
import { AdminUsersService, type AdminUserRow } from '../admin-users.service';
import { AdminIdParams, COUNCIL_ROLE_VI, CreateUserForm, ResetPasswordForm, UpdateUserForm } from '../admin.forms';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { parseForm, problemsByField } from '../../web/form';
import { roleNames } from '../../web/navigation';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { formFailure, INVALID_FORM, submitAdminForm } from './admin-form-failure';

const DONE_VI: Record<string, string> = {
  CREATED: 'Đã tạo người dùng.',
  UPDATED: 'Đã cập nhật vai trò và đơn vị.',
  PASSWORD: 'Đã đặt lại mật khẩu; các phiên đăng nhập cũ đã kết thúc.',
  DEACTIVATED: 'Đã khóa tài khoản.',
};

interface FormState {
  values: Record<string, unknown>;
  problems: FieldProblem[];
  error?: string;
  status: number;
}
const fresh = (values: Record<string, unknown> = {}): FormState => ({ values, problems: [], status: 200 });
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Quản trị › Người dùng: the body's users, a new-user form, and one page per user to change them. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri/nguoi-dung')
export class AdminUsersPagesController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('ADMIN')
  list(@Req() req: WebRequest, @Res() res: Response, @Query('done') done?: string): Promise<void> {
    return this.renderList(req, res, fresh(), typeof done === 'string' ? DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('ADMIN')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>), password: '' };
    return submitAdminForm(
      res,
      CreateUserForm,
      body,
      async (value) => `/quan-tri/nguoi-dung/${await this.users.create(req.actor!, value)}?done=CREATED`,
      (f) => this.renderList(req, res, { values, ...f }),
    );
  }

  @Get(':id')
  @Roles('ADMIN')
  async detail(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams, @Query('done') done?: string): Promise<void> {
    const user = await this.users.get(req.actor!, id);
    return this.renderDetail(req, res, user, fresh({ roles: user.roles, unitId: user.unitId, email: user.email ?? '' }), typeof done === 'string' ? DONE_VI[done] : undefined);
  }

  @Post(':id')
  @Roles('ADMIN')
  async update(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams, @Body() body: unknown): Promise<void> {
    const user = await this.users.get(req.actor!, id);
    const values = body as Record<string, unknown>;
    return submitAdminForm(
      res,
      UpdateUserForm,
      body,
      async (value) => {
        await this.users.update(req.actor!, id, value);
        return `/quan-tri/nguoi-dung/${id}?done=UPDATED`;
      },
      (f) => this.renderDetail(req, res, user, { values, ...f }),
    );
  }

  @Post(':id/mat-khau')
  @Roles('ADMIN')
  async resetPassword(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams, @Body() body: unknown): Promise<void> {
    const user = await this.users.get(req.actor!, id);
    const form = await parseForm(ResetPasswordForm, body);
    if (!form.ok) return this.renderDetail(req, res, user, { values: { roles: user.roles, unitId: user.unitId, email: user.email ?? '' }, problems: form.problems, error: INVALID_FORM, status: 400 });
    await this.users.resetPassword(req.actor!, id, form.value);
    res.redirect(303, `/quan-tri/nguoi-dung/${id}?done=PASSWORD`);
  }

  @Post(':id/khoa')
  @Roles('ADMIN')
  async deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: AdminIdParams): Promise<void> {
    const user = await this.users.get(req.actor!, id);
    try {
      await this.users.deactivate(req.actor!, id);
      res.redirect(303, `/quan-tri/nguoi-dung/${id}?done=DEACTIVATED`);
    } catch (error) {
      return this.renderDetail(req, res, user, { values: { roles: user.roles, unitId: user.unitId, email: user.email ?? '' }, ...formFailure(error) });
    }
  }

  private async renderList(req: WebRequest, res: Response, state: FormState, notice?: string): Promise<void> {
    const [rows, units] = await Promise.all([this.users.list(req.actor!), this.users.units(req.actor!)]);
    await this.pages.send(
      req,
      res,
      'admin-users',
      'Người dùng',
      {
        users: rows.map((r) => ({
          id: r.id,
          username: r.username,
          displayName: r.displayName,
          roles: roleNames(r.roles),
          unitName: r.unitName,
          active: r.active,
          councilRole: r.councilRole ? COUNCIL_ROLE_VI[r.councilRole as keyof typeof COUNCIL_ROLE_VI] : null,
        })),
        ...this.formModel(state, units),
        notice,
      },
      state.status,
    );
  }

  private async renderDetail(req: WebRequest, res: Response, user: AdminUserRow, state: FormState, notice?: string): Promise<void> {
    const units = await this.users.units(req.actor!);
    await this.pages.send(
      req,
      res,
      'admin-user',
      `Người dùng ${user.username}`,
      { user: { id: user.id, username: user.username, displayName: user.displayName, roles: roleNames(user.roles), unitName: user.unitName, email: user.email, active: user.active }, ...this.formModel(state, units), notice },
      state.status,
    );
  }

  private formModel(state: FormState, units: { id: string; name: string }[]) {
    const ticked = asList(state.values.roles);
    return {
      values: state.values,
      roleOptions: ROLES.map((r) => ({ value: r, label: ROLE_LABEL_VI[r], checked: ticked.includes(r) })),
      unitOptions: units.map((u) => ({ value: u.id, label: u.name, selected: state.values.unitId === u.id })),
      fieldErrors: problemsByField(state.problems),
      error: state.error,
      errorList: state.problems.flatMap((p) => p.messages),
    };
  }
}
