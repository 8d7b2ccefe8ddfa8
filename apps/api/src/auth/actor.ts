import type { Role } from '@khenthuong/domain';
import type { Actor } from '@khenthuong/temporal';

/** The authenticated caller: a workflow Actor plus the issuing body every query is scoped by. */
export interface RequestActor extends Actor {
  bodyId: string;
  roles: Role[];
}

/** The part of the caller a workflow sees (its validators decide on roles and unit). */
export const toWorkflowActor = (a: RequestActor): Actor => ({ userId: a.userId, displayName: a.displayName, roles: a.roles, unitId: a.unitId });
