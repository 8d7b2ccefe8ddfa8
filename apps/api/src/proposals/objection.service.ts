import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { submitObjectionSignal } from '@khenthuong/temporal';
import { ObjectionRepository, ProposalRepository, type ObjectionLimits, type ObjectionRow, type WorkflowCall } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { WorkflowCalls } from '../temporal/workflow-calls';
import type { ObjectionDto } from './proposal.dto';

/**
 * Operational choices, not law. One contact sends at most 5 objections an hour. One proposal takes at
 * most 50 through the web, which bounds its workflow history: an objection costs about 19 history
 * events on receipt (measured) and about as many on resolution, so 50 stay near 2,000 events, far
 * below Temporal's 10,240 warning and 51,200 limit. Beyond that the ward takes objections on paper.
 */
export const OBJECTION_LIMITS: ObjectionLimits = { perContact: 5, windowMinutes: 60, perProposal: 50 };
const PROPOSAL_LIMIT_RETRY_AFTER_SECONDS = 3600;

/**
 * Objections from the public during posting. The sender's name and contact stay in PostgreSQL; the
 * proposal's workflow receives the text by signal, and the officer resolves it there by Update.
 */
@Injectable()
export class ObjectionService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly objections: ObjectionRepository,
    private readonly workflowCalls: WorkflowCalls,
  ) {}

  async submit(proposalId: string, dto: ObjectionDto): Promise<{ id: string }> {
    const proposal = await this.proposals.objectionTarget(proposalId);
    if (!proposal) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    if (proposal.status !== 'PUBLICLY_POSTED') throw new ApiError(ApiErrorCode.OBJECTIONS_CLOSED, `proposal ${proposalId} is ${proposal.status}`);
    const id = randomUUID();
    const signal = (receivedAt: Date): WorkflowCall => ({
      callKey: `signal:${proposal.workflow_id}:objection:${id}`,
      kind: 'SIGNAL',
      workflowId: proposal.workflow_id,
      signalName: submitObjectionSignal.name,
      args: [{ objectionId: id, text: dto.text, receivedAt: receivedAt.toISOString() }],
    });
    const admission = await this.objections.admit(
      { id, bodyId: proposal.body_id, proposalId, senderName: dto.senderName, contact: dto.contact, text: dto.text },
      OBJECTION_LIMITS,
      signal,
    );
    if (!admission.admitted && admission.limit === 'CONTACT') {
      throw ApiError.retryLater(ApiErrorCode.TOO_MANY_OBJECTIONS, `contact over ${OBJECTION_LIMITS.perContact} objections per ${OBJECTION_LIMITS.windowMinutes} min`, admission.retryAfterSeconds);
    }
    if (!admission.admitted) {
      throw ApiError.retryLater(ApiErrorCode.OBJECTION_LIMIT_REACHED, `proposal ${proposalId} has ${OBJECTION_LIMITS.perProposal} objections`, PROPOSAL_LIMIT_RETRY_AFTER_SECONDS);
    }
    try {
      await this.workflowCalls.deliverPending(proposal.workflow_id);
    } catch (error) {
      // The sender is told it failed and sends again; only a crash right here leaves the delivery to the drain.
      await this.objections.withdrawUndelivered(id, signal(admission.receivedAt).callKey);
      throw error;
    }
    return { id };
  }

  async list(actor: RequestActor, proposalId: string): Promise<ObjectionRow[]> {
    // Another body's proposal is not found, as for every other route naming one.
    const target = await this.proposals.objectionTarget(proposalId);
    if (!target || target.body_id !== actor.bodyId) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${proposalId}`);
    return this.objections.listOf(actor.bodyId, proposalId);
  }
}
