import type { Role } from '@khenthuong/domain';
import type { RequestActor } from '../../auth/actor';

export const hasRole = (actor: RequestActor, ...roles: Role[]): boolean => actor.roles.some((r) => roles.includes(r));

export { viNumber } from '../plan-chart';

export const PLAN_STATUS_VI: Readonly<Record<string, string>> = { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành' };
