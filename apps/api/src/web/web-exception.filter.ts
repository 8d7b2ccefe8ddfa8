import { Catch, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiErrorCode } from '../common/api-error';
import { GlobalExceptionFilter } from '../common/global-exception.filter';
import type { WebRequest } from '../auth/web-session';
import { startPageFor } from './navigation';
import { PageRenderer } from './page-renderer';

const HEADINGS: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy',
  409: 'Chưa thể thực hiện',
  429: 'Tạm khóa',
  503: 'Tạm thời gián đoạn',
};

/**
 * Errors of pages: an anonymous visitor goes to the login page (and comes back after); every other
 * refusal is a Vietnamese page with the same status and message the API would give.
 */
@Catch()
@Injectable()
export class WebExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly errors: GlobalExceptionFilter,
    private readonly pages: PageRenderer,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.errors.describe(exception, req);
    const retryAfter = this.errors.retryAfterSeconds(exception, body);
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
    if (body.code === ApiErrorCode.UNAUTHENTICATED) {
      // After login a GET comes back to its page; a lost form post starts over from the start page.
      const next = req.method === 'GET' ? req.originalUrl : '/';
      res.redirect(303, `/dang-nhap?next=${encodeURIComponent(next)}`);
      return;
    }
    const back = req.actor ? startPageFor(req.actor.roles) : '/';
    const model = {
      heading: HEADINGS[body.statusCode] ?? 'Đã có lỗi',
      message: body.message,
      details: (body.errors ?? []).flatMap((e) => e.messages),
      correlationId: body.correlationId,
      backHref: back,
      backLabel: req.actor ? 'Về trang làm việc' : 'Về trang chủ',
    };
    try {
      await this.pages.send(req, res, 'error', model.heading, model, body.statusCode);
    } catch {
      // The layout itself failed (database gone): a bare page still tells the user something.
      res.status(body.statusCode).type('html').send(`<!doctype html><html lang="vi"><title>Lỗi</title><p>${body.message}</p></html>`);
    }
  }
}
