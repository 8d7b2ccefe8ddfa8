import { In, type EntityManager } from 'typeorm';
import { ProposalObjectionEntity } from '../../entities/proposal-objection.entity';
import { deleteWorkflowCall, enqueueWorkflowCall, type WorkflowCall } from '../../outbox/workflow-calls';
import { managerOf, type Db } from '../db';

export interface NewObjection {
  id: string;
  bodyId: string;
  proposalId: string;
  senderName: string;
  contact: string;
  text: string;
}

export interface ObjectionLimits {
  perContact: number;
  windowMinutes: number;
  perProposal: number;
}

export type ObjectionAdmission =
  | { admitted: true; receivedAt: Date }
  | { admitted: false; limit: 'CONTACT'; retryAfterSeconds: number }
  | { admitted: false; limit: 'PROPOSAL' };

export interface ObjectionRow {
  id: string;
  senderName: string;
  contact: string;
  text: string;
  receivedAt: Date;
  outcome: string | null;
  resolution: string | null;
  resolvedAt: Date | null;
}

export interface ObjectionResolution {
  proposalId: string;
  objectionIds: string[];
  outcome: string;
  reason: string | null;
  resolvedBy: string | null;
}

/** Advisory-lock namespaces (first key of the two-key form), so the locks never meet other ones. */
const CONTACT_LOCK = 1_101;
const PROPOSAL_LOCK = 1_102;

/** Objections from the public, the limits on them (checked and written in one transaction), and their resolution. */
export class ObjectionRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ObjectionRepository {
    return new ObjectionRepository(manager);
  }

  /**
   * Admits the objection if its contact and its proposal are within their limits, storing it with the
   * signal it owes the workflow. Concurrent posts for one contact or one proposal queue on advisory
   * locks (contact first, then proposal, always in that order), so the counts cannot race the insert.
   */
  admit(objection: NewObjection, limits: ObjectionLimits, owes: (receivedAt: Date) => WorkflowCall): Promise<ObjectionAdmission> {
    return managerOf(this.db).transaction(async (tx) => {
      const contact = objection.contact.toLowerCase();
      await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CONTACT_LOCK, contact]);
      await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PROPOSAL_LOCK, objection.proposalId]);
      const [recent]: { n: number; wait: number | null }[] = await tx.query(
        `SELECT count(*)::int AS n, extract(epoch FROM min(received_at) + make_interval(mins => $2) - now())::float AS wait
           FROM proposal_objection WHERE lower(sender_contact) = $1 AND received_at > now() - make_interval(mins => $2)`,
        [contact, limits.windowMinutes],
      );
      if (recent!.n >= limits.perContact) return { admitted: false, limit: 'CONTACT', retryAfterSeconds: Number(recent!.wait) };
      const onProposal = await tx.getRepository(ProposalObjectionEntity).countBy({ proposalId: objection.proposalId });
      if (onProposal >= limits.perProposal) return { admitted: false, limit: 'PROPOSAL' };
      const [row]: { received_at: Date }[] = await tx.query(
        `INSERT INTO proposal_objection (id, body_id, proposal_id, sender_name, sender_contact, text, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING received_at`,
        [objection.id, objection.bodyId, objection.proposalId, objection.senderName, objection.contact, objection.text],
      );
      const receivedAt = new Date(row!.received_at);
      await enqueueWorkflowCall(tx, owes(receivedAt));
      return { admitted: true, receivedAt };
    });
  }

  /** Takes back an objection the workflow was never told of (the sender was answered with an error). */
  async withdrawUndelivered(id: string, callKey: string): Promise<void> {
    await managerOf(this.db).transaction(async (tx) => {
      await deleteWorkflowCall(tx, callKey);
      await tx.getRepository(ProposalObjectionEntity).delete({ id });
    });
  }

  /** A proposal's objections in the body, oldest first, with the sender's contact (for the officer only). */
  async listOf(bodyId: string, proposalId: string): Promise<ObjectionRow[]> {
    const rows = await this.db.getRepository(ProposalObjectionEntity).find({ where: { proposalId, bodyId }, order: { receivedAt: 'ASC' } });
    return rows.map((o) => ({
      id: o.id, senderName: o.senderName, contact: o.senderContact, text: o.text, receivedAt: o.receivedAt,
      outcome: o.outcome, resolution: o.resolution, resolvedAt: o.resolvedAt,
    }));
  }

  /** Records the officer's resolution; a retry keeps the first resolution time. */
  async recordResolution(resolution: ObjectionResolution): Promise<void> {
    if (resolution.objectionIds.length === 0) return;
    await this.db
      .getRepository(ProposalObjectionEntity)
      .createQueryBuilder()
      .update()
      .set({ outcome: resolution.outcome, resolution: resolution.reason, resolvedBy: resolution.resolvedBy, resolvedAt: () => 'COALESCE(resolved_at, now())' })
      .where({ id: In(resolution.objectionIds), proposalId: resolution.proposalId })
      .execute();
  }
}
