import type { Role } from '@khenthuong/domain';
import type { Actor } from '@khenthuong/temporal';

/** The authenticated caller: a workflow Actor plus the issuing body every query is scoped by. */
export interface RequestActor extends Actor {
  bodyId: string;
  roles: Role[];
}
