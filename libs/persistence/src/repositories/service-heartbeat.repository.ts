import type { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { ServiceHeartbeatEntity } from '../entities/service-heartbeat.entity';

/** The last health report of each background process, read by the api's /health. */
export class ServiceHeartbeatRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): ServiceHeartbeatRepository {
    return new ServiceHeartbeatRepository(manager);
  }

  /** Reports the process now, replacing its last report. */
  async report(name: string, ok: boolean, details: Record<string, unknown>): Promise<void> {
    await this.db
      .getRepository(ServiceHeartbeatEntity)
      .createQueryBuilder()
      .insert()
      // JSON columns defeat the builder's deep-partial type; the values are the entity's own columns.
      .values({ name, ok, details, reportedAt: () => 'now()' } as QueryDeepPartialEntity<ServiceHeartbeatEntity>)
      .orUpdate(['ok', 'details', 'reported_at'], ['name'])
      .execute();
  }

  /** Marks the process stopped, keeping what it last reported. */
  async reportStopped(name: string): Promise<void> {
    await this.db
      .getRepository(ServiceHeartbeatEntity)
      .update({ name }, { ok: false, reportedAt: () => 'now()', details: () => `details || '{"stopped": true}'` });
  }
}
