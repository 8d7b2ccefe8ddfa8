import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { AppConfig } from '@khenthuong/platform';
import { Public } from '../auth.decorators';
import { LoginDto } from '../auth.dto';
import { AuthService } from '../auth.service';
import { cookieOptions, PRE_SESSION_COOKIE, SESSION_COOKIE, type WebRequest } from '../web-session';
import { ApiError } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { parseForm, problemsByField } from '../../web/form';
import { safeNextPath, startPageFor } from '../../web/navigation';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';

class LoginForm extends LoginDto {
  @IsOptional()
  @IsString({ message: 'Địa chỉ trang tiếp theo không hợp lệ.' })
  @MaxLength(500, { message: 'Địa chỉ trang tiếp theo không hợp lệ.' })
  next?: string;
}

class LoginQuery {
  @IsOptional()
  @IsString({ message: 'Địa chỉ trang tiếp theo không hợp lệ.' })
  @MaxLength(500, { message: 'Địa chỉ trang tiếp theo không hợp lệ.' })
  next?: string;
}

/** Sign-in and sign-out of the web pages; the session is the API's, carried in a cookie. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller()
export class LoginController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('dang-nhap')
  async form(@Req() req: WebRequest, @Res() res: Response, @Query() query: LoginQuery): Promise<void> {
    const next = safeNextPath(query.next);
    if (req.actor) return res.redirect(303, next ?? startPageFor(req.actor.roles));
    await this.pages.send(req, res, 'login', 'Đăng nhập', { next, values: {}, fieldErrors: {} });
  }

  @Public()
  @Post('dang-nhap')
  async login(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await parseForm(LoginForm, body);
    const values = { username: typeof (body as LoginForm)?.username === 'string' ? (body as LoginForm).username : '' };
    if (!form.ok) {
      return this.pages.send(req, res, 'login', 'Đăng nhập', { values, fieldErrors: problemsByField(form.problems), error: 'Vui lòng kiểm tra các trường được đánh dấu.' }, 400);
    }
    try {
      const { token, actor } = await this.auth.login(form.value.username, form.value.password, req.ip ?? 'unknown');
      res.cookie(SESSION_COOKIE, token, cookieOptions(this.config, this.config.SESSION_TTL_HOURS * 3_600_000));
      res.clearCookie(PRE_SESSION_COOKIE, cookieOptions(this.config));
      res.redirect(303, safeNextPath(form.value.next) ?? startPageFor(actor.roles));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      await this.pages.send(req, res, 'login', 'Đăng nhập', { values, next: safeNextPath(form.value.next), fieldErrors: {}, error: messageVi }, status);
    }
  }

  @Public()
  @Post('dang-xuat')
  async logout(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) await this.auth.logout(token, req.ip ?? 'unknown');
    res.clearCookie(SESSION_COOKIE, cookieOptions(this.config));
    res.redirect(303, '/dang-nhap');
  }
}
