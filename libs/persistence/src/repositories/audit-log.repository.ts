import type { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

/** One audit row without a proposal: a login, a logout, an administrator's change. */
export interface AuditEntry {
  bodyId: string;
  /** Unique per row: a retried writer stores the same key once. */
  eventKey: string;
  actorUserId: string;
  actorRole: string;
  action: string;
  /** What happened, never a password. */
  reason: string;
}

/** The append-only audit table, for the rows written outside a proposal's workflow. */
export class AuditLogRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): AuditLogRepository {
    return new AuditLogRepository(manager);
  }

  /** Stamped with the database's clock, like the workflow's own rows. */
  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...entry, proposalId: null, at: () => 'now()' })
      .execute();
  }
}
