import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE } from '../../auth/web-session';
import { MAX_UPLOAD_BYTES } from '../../common/uploaded-file';
import type { UploadRequest } from '../../web/page-upload';

interface Multer {
  single(field: string): (req: Request, res: Response, done: (error?: unknown) => void) => void;
}
type MulterFactory = ((options: object) => Multer) & { memoryStorage(): unknown };
// multer (a dependency of @nestjs/platform-express) ships no types and @types/multer is not installed: this is the part used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as MulterFactory;

/** Upload forms of the plan pages (paths below /ke-hoach) and the file field of each. */
export const PLAN_UPLOAD_ROUTES: ReadonlyArray<{ path: RegExp; field: string }> = [
  { path: /^\/[^/]+\/chi-tieu\/[^/]+\/bao-cao\/?$/, field: 'evidence' },
  { path: /^\/[^/]+\/danh-gia\/xep-loai\/?$/, field: 'file' },
];

/**
 * Parses a page's multipart form before the guards run: the CSRF guard reads the form's `_csrf` field
 * from the body, which a FileInterceptor would fill only after it. Without a session cookie nothing is
 * read (the guards refuse the request anyway), so an anonymous client cannot make the api buffer files.
 */
export function planUploadMiddleware() {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 } });
  const parsers = PLAN_UPLOAD_ROUTES.map(({ path, field }) => ({ path, parse: upload.single(field) }));
  return (req: Request, res: Response, next: NextFunction) => {
    const request = req as UploadRequest;
    const route = parsers.find((p) => p.path.test(request.path));
    if (!route || request.method !== 'POST' || !request.is('multipart/form-data') || !request.cookies?.[SESSION_COOKIE]) return next();
    route.parse(req, res, (error: unknown) => {
      // Handled by the page (a Vietnamese message beside the form), not by Express's HTML error page.
      if (error) request.uploadError = (error as { code?: string }).code ?? 'UPLOAD_FAILED';
      next();
    });
  };
}

/**
 * Registers the upload parsing for the plan pages (imported by PlanModule).
 * Mounted with the Express app's own `use` while Nest registers middleware, i.e. before the routes: the
 * consumer would add it as routes of its own (one per HTTP method for ALL), which the route list and
 * the authorization matrix would count as served pages.
 */
@Module({})
export class PlanUploadModule implements NestModule {
  constructor(private readonly host: HttpAdapterHost) {}

  configure(_consumer: MiddlewareConsumer): void {
    (this.host.httpAdapter.getInstance() as { use(path: string, handler: ReturnType<typeof planUploadMiddleware>): void }).use('/ke-hoach', planUploadMiddleware());
  }
}
