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
// multer ships with @nestjs/platform-express without types; @types/multer is not installed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as MulterFactory;

/** The dossier's upload forms (a paper on the proposal page or a draft's, a written ballot's scan, the nomination list) and the award register's import. */
const ROUTES = [/^\/ho-so\/[^/]+\/giay-to\/?$/, /^\/don-vi\/ho-so-nhap\/[^/]+\/giay-to\/?$/, /^\/ho-so\/[^/]+\/phieu-van-ban\/?$/, /^\/don-vi\/nhap-danh-sach\/?$/, /^\/so-khen-thuong\/nhap\/?$/];

/**
 * Parses the multipart form before the guards (the CSRF guard reads `_csrf` from the body), as the
 * plan's upload middleware does; nothing is read without a session cookie.
 */
export function dossierUploadMiddleware() {
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    const request = req as UploadRequest;
    if (request.method !== 'POST' || !ROUTES.some((r) => r.test(request.path)) || !request.is('multipart/form-data') || !request.cookies?.[SESSION_COOKIE]) return next();
    parse(req, res, (error: unknown) => {
      if (error) request.uploadError = (error as { code?: string }).code ?? 'UPLOAD_FAILED';
      next();
    });
  };
}

/** Mounted on the Express app directly (see PlanUploadModule for why not through the consumer). */
@Module({})
export class DossierUploadModule implements NestModule {
  constructor(private readonly host: HttpAdapterHost) {}

  configure(_consumer: MiddlewareConsumer): void {
    (this.host.httpAdapter.getInstance() as { use(handler: ReturnType<typeof dossierUploadMiddleware>): void }).use(dossierUploadMiddleware());
  }
}
