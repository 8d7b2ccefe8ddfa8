import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@khenthuong/domain';
import type { RequestActor } from './actor';

export const PUBLIC_KEY = 'khenthuong:public';
export const ROLES_KEY = 'khenthuong:roles';

/** The route needs no login (public pages, login itself, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** The caller must hold one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestActor => {
  return ctx.switchToHttp().getRequest<{ actor: RequestActor }>().actor;
});
