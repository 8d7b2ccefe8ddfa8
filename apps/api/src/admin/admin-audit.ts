import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';

export type AdminAuditAction =
  | 'ADMIN_USER_CREATED'
  | 'ADMIN_USER_UPDATED'
  | 'ADMIN_USER_PASSWORD_RESET'
  | 'ADMIN_USER_DEACTIVATED'
  | 'ADMIN_UNIT_CREATED'
  | 'ADMIN_UNIT_RENAMED'
  | 'ADMIN_UNIT_DEACTIVATED'
  | 'ADMIN_UNIT_REACTIVATED'
  | 'ADMIN_COUNCIL_CREATED'
  | 'ADMIN_COUNCIL_MEMBER_ADDED'
  | 'ADMIN_COUNCIL_MEMBER_REMOVED'
  | 'ADMIN_COUNCIL_ACTIVATED'
  | 'ADMIN_RULE_SET_OVERRIDDEN'
  | 'ADMIN_CALENDAR_DAY_ADDED';

/**
 * Writes an administrator's change into the same audit table as proposal transitions, inside the
 * change's transaction (a change without its audit row never commits). `subject` names what changed
 * (never a password) and goes where other rows keep their reason.
 */
export async function auditAdmin(tx: EntityManager, actor: RequestActor, action: AdminAuditAction, subject: string): Promise<void> {
  await AuditLogRepository.in(tx).append({ bodyId: actor.bodyId, eventKey: `admin:${randomUUID()}`, actorUserId: actor.userId, actorRole: 'ADMIN', action, reason: subject });
}

/** PostgreSQL's unique_violation on `index` (TypeORM keeps the driver's fields on its QueryFailedError). */
export function isUniqueViolation(error: unknown, index: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  const source = e?.driverError ?? e;
  return source?.code === '23505' && source.constraint === index;
}
