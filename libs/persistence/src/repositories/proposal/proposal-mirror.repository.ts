import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { AuditLogEntity } from '../../entities/audit-log.entity';
import { ProposalEntity } from '../../entities/proposal.entity';
import type { Db } from '../db';

export interface ProposalTransition {
  proposalId: string;
  bodyId: string;
  /** Unique per workflow event (`<workflowId>:<sequence>`): a retried activity records it once. */
  eventKey: string;
  sequence: number;
  actorUserId: string | null;
  /** The actor's roles joined by commas, or SYSTEM. */
  actorRole: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
}

export interface HigherDecision {
  number: string | null;
  date: string | null;
  issuer: string;
}

export interface ProposalVoteRecord {
  proposalId: string;
  bodyId: string;
  memberUserId: string;
  choice: string | null;
  comment: string | null;
  written: boolean;
  scanSha256: string | null;
}

/** The deadlines the proposal row keeps (the others live in the workflow only). */
export type MirroredDeadline = 'RETURN_FOR_PAPERS' | 'DECISION';

/**
 * TypeORM sets an @UpdateDateColumn on every update; these writes keep updated_at as it was, since it
 * tells when the status last moved (the stuck-work and task lists count from it).
 */
const KEEP_UPDATED_AT = { updatedAt: () => 'updated_at' };

/** What the worker's activities mirror of a proposal's workflow into the read model; each write is idempotent. */
export class ProposalMirrorRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalMirrorRepository {
    return new ProposalMirrorRepository(manager);
  }

  /** Audits the transition once and moves the status, unless a newer transition was mirrored already. */
  async recordTransition(t: ProposalTransition): Promise<void> {
    await this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder()
      .insert()
      .values({
        bodyId: t.bodyId, proposalId: t.proposalId, eventKey: t.eventKey, actorUserId: t.actorUserId, actorRole: t.actorRole, action: t.action,
        fromState: t.fromStatus, toState: t.toStatus, reason: t.reason, at: () => 'now()',
      })
      .orIgnore()
      .execute();
    // state_version keeps a late retry of an older transition from overwriting a newer status.
    await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder()
      .update()
      .set({ status: t.toStatus, stateVersion: t.sequence, updatedAt: () => 'now()' })
      .where('id = :id AND state_version < :sequence', { id: t.proposalId, sequence: t.sequence })
      .execute();
  }

  /** An escalated proposal's award as the higher level decided it. */
  async recordHigherDecision(proposalId: string, decision: HigherDecision): Promise<void> {
    await this.db.getRepository(ProposalEntity).update(
      { id: proposalId },
      { higherDecisionNumber: decision.number, higherDecisionDate: decision.date, higherDecisionIssuer: decision.issuer, ...KEEP_UPDATED_AT },
    );
  }

  /**
   * A member's ballot; a repeat replaces it. Hand-written: the upsert is keyed by the unique
   * (proposal, member) index, and TypeORM's upsert would also overwrite the row's generated id.
   */
  async recordVote(v: ProposalVoteRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO proposal_vote (body_id, proposal_id, member_user_id, choice, comment, written, scan_sha256, cast_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (proposal_id, member_user_id) DO UPDATE
         SET choice = EXCLUDED.choice, comment = EXCLUDED.comment, written = EXCLUDED.written, scan_sha256 = EXCLUDED.scan_sha256, cast_at = EXCLUDED.cast_at`,
      [v.bodyId, v.proposalId, v.memberUserId, v.choice, v.comment, v.written, v.scanSha256],
    );
  }

  /** The council's totals and reasons (never who voted what), as the workflow counted them. */
  async recordTally(proposalId: string, tally: object): Promise<void> {
    const values: QueryDeepPartialEntity<ProposalEntity> = { tally: tally as QueryDeepPartialEntity<Record<string, unknown>>, ...KEEP_UPDATED_AT };
    await this.db.getRepository(ProposalEntity).update({ id: proposalId }, values);
  }

  async recordDeadline(proposalId: string, kind: MirroredDeadline, dueOn: string | null, overdue: boolean): Promise<void> {
    const due = kind === 'RETURN_FOR_PAPERS' ? { returnDueOn: dueOn } : { decisionDueOn: dueOn };
    await this.db.getRepository(ProposalEntity).update({ id: proposalId }, { ...due, overdue, ...KEEP_UPDATED_AT });
  }
}
