import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteWorkflowCall, enqueueWorkflowCall, type WorkflowCall } from '@khenthuong/persistence';

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

/** Advisory-lock namespaces (first key of the two-key form), so the locks never meet other ones. */
const CONTACT_LOCK = 1_101;
const PROPOSAL_LOCK = 1_102;

/** Objections from the public and the limits on them, checked and written in one transaction. */
@Injectable()
export class ObjectionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Admits the objection if its contact and its proposal are within their limits, storing it with the
   * signal it owes the workflow. Concurrent posts for one contact or one proposal queue on advisory
   * locks (contact first, then proposal, always in that order), so the counts cannot race the insert.
   */
  admit(objection: NewObjection, limits: ObjectionLimits, owes: (receivedAt: Date) => WorkflowCall): Promise<ObjectionAdmission> {
    return this.dataSource.transaction(async (tx) => {
      const contact = objection.contact.toLowerCase();
      await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CONTACT_LOCK, contact]);
      await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PROPOSAL_LOCK, objection.proposalId]);
      const [recent] = await tx.query(
        `SELECT count(*)::int AS n, extract(epoch FROM min(received_at) + make_interval(mins => $2) - now())::float AS wait
           FROM proposal_objection WHERE lower(sender_contact) = $1 AND received_at > now() - make_interval(mins => $2)`,
        [contact, limits.windowMinutes],
      );
      if (recent.n >= limits.perContact) return { admitted: false, limit: 'CONTACT', retryAfterSeconds: Number(recent.wait) };
      const [onProposal] = await tx.query(`SELECT count(*)::int AS n FROM proposal_objection WHERE proposal_id = $1`, [objection.proposalId]);
      if (onProposal.n >= limits.perProposal) return { admitted: false, limit: 'PROPOSAL' };
      const [row] = await tx.query(
        `INSERT INTO proposal_objection (id, body_id, proposal_id, sender_name, sender_contact, text, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING received_at`,
        [objection.id, objection.bodyId, objection.proposalId, objection.senderName, objection.contact, objection.text],
      );
      const receivedAt = new Date(row.received_at);
      await enqueueWorkflowCall(tx, owes(receivedAt));
      return { admitted: true, receivedAt };
    });
  }

  /** Takes back an objection the workflow was never told of (the sender was answered with an error). */
  async withdrawUndelivered(id: string, callKey: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await deleteWorkflowCall(tx, callKey);
      await tx.query(`DELETE FROM proposal_objection WHERE id = $1`, [id]);
    });
  }
}
