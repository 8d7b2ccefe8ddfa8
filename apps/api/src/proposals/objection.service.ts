import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { submitObjectionSignal } from '@khenthuong/temporal';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import type { ObjectionDto } from './proposal.dto';

/** Objections from one contact within this window are limited (an operational choice, not law). */
const WINDOW_MINUTES = 60;
const MAX_PER_CONTACT = 5;

/**
 * Objections from the public during posting. The sender's name and contact stay in PostgreSQL; the
 * proposal's workflow receives the text by signal, and the officer resolves it there by Update.
 */
@Injectable()
export class ObjectionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientHolder,
  ) {}

  async submit(proposalId: string, dto: ObjectionDto): Promise<{ id: string }> {
    const [proposal] = await this.dataSource.query(`SELECT body_id, workflow_id, status FROM proposal WHERE id = $1`, [proposalId]);
    if (!proposal) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    if (proposal.status !== 'PUBLICLY_POSTED') throw new ApiError(ApiErrorCode.OBJECTIONS_CLOSED, `proposal ${proposalId} is ${proposal.status}`);
    const contact = dto.contact.toLowerCase();
    const [{ recent }] = await this.dataSource.query(
      `SELECT count(*)::int AS recent FROM proposal_objection WHERE lower(sender_contact) = $1 AND received_at > now() - make_interval(mins => $2)`,
      [contact, WINDOW_MINUTES],
    );
    if (recent >= MAX_PER_CONTACT) throw new ApiError(ApiErrorCode.TOO_MANY_OBJECTIONS, `contact over ${MAX_PER_CONTACT} objections per ${WINDOW_MINUTES} min`);
    const id = randomUUID();
    const [row] = await this.dataSource.query(
      `INSERT INTO proposal_objection (id, body_id, proposal_id, sender_name, sender_contact, text, received_at) VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING received_at`,
      [id, proposal.body_id, proposalId, dto.senderName, dto.contact, dto.text],
    );
    try {
      await this.temporal.client.workflow
        .getHandle(proposal.workflow_id)
        .signal(submitObjectionSignal, { objectionId: id, text: dto.text, receivedAt: new Date(row.received_at).toISOString() });
    } catch (error) {
      // The workflow never heard of it: no row either, so the sender's retry is the only copy.
      await this.dataSource.query(`DELETE FROM proposal_objection WHERE id = $1`, [id]);
      throw error;
    }
    return { id };
  }

  async list(actor: RequestActor, proposalId: string) {
    return this.dataSource.query(
      `SELECT o.id, o.sender_name AS "senderName", o.sender_contact AS "contact", o.text, o.received_at AS "receivedAt", o.outcome, o.resolution, o.resolved_at AS "resolvedAt"
         FROM proposal_objection o WHERE o.proposal_id = $1 AND o.body_id = $2 ORDER BY o.received_at`,
      [proposalId, actor.bodyId],
    );
  }
}
