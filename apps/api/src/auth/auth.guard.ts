import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';
import { isPageRequest, SESSION_COOKIE, type WebRequest } from './web-session';

export function bearerTokenOf(request: Request): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/**
 * Global guard: every route needs a session unless marked @Public, and one of its @Roles if given.
 * The API takes a bearer token; pages take the session cookie (or a bearer token). Public pages still
 * learn who is signed in, to show their menu.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const request = context.switchToHttp().getRequest<WebRequest>();
    const page = isPageRequest(request);
    if (isPublic && !page) return true;
    const token = bearerTokenOf(request) || (page ? (request.cookies?.[SESSION_COOKIE] ?? '') : '');
    const actor = token ? await this.auth.actorForToken(token) : null;
    if (actor) request.actor = actor;
    if (isPublic) return true;
    if (!actor) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'missing or expired session');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.some((r) => actor.roles.includes(r))) {
      throw new ApiError(ApiErrorCode.FORBIDDEN, `role ${actor.roles.join(',')} may not call ${request.method} ${request.route?.path}`);
    }
    return true;
  }
}
