import type { EntityManager } from 'typeorm';
import { ServiceHeartbeatEntity } from '../../entities/service-heartbeat.entity';
import type { Db } from '../db';

export interface HeartbeatRow {
  ok: boolean;
  details: Record<string, unknown>;
  reported_at: Date;
}

/** What /health reads: whether the database answers, and the worker's last report. */
export class HealthQueries {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): HealthQueries {
    return new HealthQueries(manager);
  }

  /** Resolves when the database answers a trivial statement; rejects with its error otherwise. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  async heartbeatOf(service: string): Promise<HeartbeatRow | null> {
    const row = await this.db.getRepository(ServiceHeartbeatEntity).findOne({ where: { name: service } });
    return row ? { ok: row.ok, details: row.details, reported_at: row.reportedAt } : null;
  }
}
