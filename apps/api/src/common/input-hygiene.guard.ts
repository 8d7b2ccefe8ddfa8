import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { controlCharacterMessageVi, findControlCharacterDeep } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from './api-error';

/** What the client sent, as the routes see it; the order names the first place a problem is reported from. */
const SOURCES = ['params', 'query', 'body'] as const;

/**
 * The first line of the input-hygiene policy, on every route before anything else (it is the first
 * global guard): no control character other than tab and line breaks anywhere in the path
 * parameters, the query string or the body (JSON, form or multipart fields parsed before the
 * guards), keys included. Routes that read the request themselves are covered too; the stricter
 * single-line rule per field is the validation pipe's (see `@MultiLine`).
 */
@Injectable()
export class InputHygieneGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    for (const source of SOURCES) {
      const found = findControlCharacterDeep(request[source] as unknown);
      if (found) {
        const message = controlCharacterMessageVi(found.path, found.code);
        throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `control character in ${source} ${found.path}`, [{ field: found.path, messages: [message] }]);
      }
    }
    return true;
  }
}
