import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { CSRF_FIELD, csrfSecretOf, csrfTokenMatches, isPageRequest, type WebRequest } from './web-session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every form post of a page, login included, must carry the token of the visitor's own cookie. */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<WebRequest>();
    if (SAFE_METHODS.has(request.method) || !isPageRequest(request)) return true;
    const token = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    if (!csrfTokenMatches(csrfSecretOf(request), token)) throw new ApiError(ApiErrorCode.CSRF_INVALID, `csrf token missing or wrong on ${request.method} ${request.path}`);
    return true;
  }
}
