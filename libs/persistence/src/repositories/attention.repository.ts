import type { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { DecisionRevocationEntity } from '../entities/decision-revocation.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { RoundEntity } from '../entities/round.entity';

/** What a stuck step belongs to: the row that shows its reason. */
export type AttentionTarget = { kind: 'PROPOSAL' | 'ROUND' | 'REVOCATION'; id: string };

export interface AttentionAuditEntry {
  bodyId: string;
  proposalId: string | null;
  eventKey: string;
  actorUserId: string | null;
  /** 'SYSTEM' for the worker; the person's roles, comma-separated, for a retry. */
  actorRole: string;
  action: 'NEEDS_ATTENTION' | 'RETRY_STUCK_STEP';
  reason: string | null;
}

/** "Needs attention": the reason shown on the stuck row, and the audit entry that records it. */
export class AttentionRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): AttentionRepository {
    return new AttentionRepository(manager);
  }

  /** Writes the audit entry once per event key; false when it was already written (a retry). */
  async recordAudit(entry: AttentionAuditEntry): Promise<boolean> {
    const result = await this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...entry, fromState: null, toState: null, at: () => 'now()' })
      .orIgnore()
      .returning('id')
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Shows `reason` on the target's row from now, or clears it (null); the row's own update time stays. */
  async setReason(target: AttentionTarget, reason: string | null): Promise<void> {
    const reasonNow = { needsAttentionReason: reason, needsAttentionAt: reason === null ? null : () => 'now()' };
    const sameUpdatedAt = { updatedAt: () => 'updated_at' };
    switch (target.kind) {
      case 'PROPOSAL':
        await this.db.createQueryBuilder().update(ProposalEntity).set({ ...reasonNow, ...sameUpdatedAt }).where('id = :id', { id: target.id }).execute();
        return;
      case 'ROUND':
        await this.db.createQueryBuilder().update(RoundEntity).set({ ...reasonNow, ...sameUpdatedAt }).where('id = :id', { id: target.id }).execute();
        return;
      case 'REVOCATION':
        await this.db.createQueryBuilder().update(DecisionRevocationEntity).set(reasonNow).where('id = :id', { id: target.id }).execute();
        return;
    }
  }
}
