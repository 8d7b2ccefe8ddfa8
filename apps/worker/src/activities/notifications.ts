import type { DataSource, EntityManager } from 'typeorm';
import { NotificationRepository } from '@khenthuong/persistence';
import type { NotifyInput } from '@khenthuong/temporal';

/** One row per recipient user; the (event, user) key makes a retried activity insert nothing twice. */
export function notify(db: DataSource | EntityManager, input: NotifyInput): Promise<number> {
  return new NotificationRepository(db).notify({
    bodyId: input.bodyId, eventKey: input.eventKey, kind: input.kind, proposalId: input.proposalId, roundId: input.roundId, message: input.messageVi,
    userIds: input.userIds ?? [], roles: input.roles ?? [], unitIds: input.unitIds ?? [],
  });
}
