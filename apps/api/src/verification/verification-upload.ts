import { Injectable, Module, RequestMethod, type MiddlewareConsumer, type NestMiddleware, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
// multer ships with @nestjs/platform-express; no @types/multer in the workspace.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require('multer') as (options: object) => { single(field: string): (req: Request, res: Response, next: (error?: unknown) => void) => void };

/** A PDF of a few hundred pages stays far below this; anything larger is not one of our papers. */
export const MAX_VERIFY_BYTES = 20 * 1024 * 1024;

export type VerificationUploadRequest = Request & { file?: { buffer: Buffer; size: number }; uploadError?: string };

/**
 * Parses the page's multipart form before the guards run: the CSRF guard reads the form's token
 * from the body, which an interceptor (FileInterceptor) would fill only after the guards. A multer
 * error (too large, too many files) is kept on the request for the controller to answer in Vietnamese.
 */
@Injectable()
export class VerificationUploadMiddleware implements NestMiddleware {
  private readonly parse = multer({ limits: { fileSize: MAX_VERIFY_BYTES, files: 1, fields: 5 } }).single('file');

  use(req: VerificationUploadRequest, res: Response, next: NextFunction): void {
    this.parse(req, res, (error?: unknown) => {
      if (error) req.uploadError = (error as { code?: string }).code ?? 'UPLOAD_FAILED';
      next();
    });
  }
}

@Module({})
export class VerificationUploadModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(VerificationUploadMiddleware).forRoutes({ path: 'xac-thuc/:id', method: RequestMethod.POST });
  }
}
