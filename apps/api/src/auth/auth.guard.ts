import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { RequestActor } from './actor';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';

/** Global guard: every route needs a session unless marked @Public, and one of its @Roles if given. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: RequestActor }>();
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const actor = token ? await this.auth.actorForToken(token) : null;
    if (!actor) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'missing or expired session');
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.some((r) => actor.roles.includes(r))) {
      throw new ApiError(ApiErrorCode.FORBIDDEN, `role ${actor.roles.join(',')} may not call ${request.method} ${request.route?.path}`);
    }
    return true;
  }
}
