import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toWorkflowActor, type RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { DecisionRepository, enqueueWorkflowCall, RevocationRepository } from '@khenthuong/persistence';
import { retryStuckStepUpdate, revocationWorkflowId } from '@khenthuong/temporal';
import { revocationWorkflow } from '@khenthuong/workflows';
import type { RetryStuckStepDto } from '../proposals/proposal.dto';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { WorkflowCalls } from '../temporal/workflow-calls';
import type { RevokeDecisionDto } from './decision.dto';

/** Revocation requests: recorded here, then the corrective decision is issued by revocationWorkflow. */
@Injectable()
export class DecisionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly revocations: RevocationRepository,
    private readonly workflowCalls: WorkflowCalls,
    private readonly temporal: TemporalClientHolder,
  ) {}

  /** The officer or the administrator retries a corrective decision whose issue failed for good, after the repair. */
  async retryRevocation(actor: RequestActor, revocationId: string, dto: RetryStuckStepDto): Promise<{ step: string }> {
    const row = await this.revocations.findInBody(revocationId, actor.bodyId);
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `revocation ${revocationId} not in body ${actor.bodyId}`);
    if (row.status === 'ISSUED') throw new ApiError(ApiErrorCode.REVOCATION_ALREADY_ISSUED, `revocation ${revocationId} already issued`);
    const handle = this.temporal.client.workflow.getHandle(revocationWorkflowId(revocationId));
    return { step: await handle.executeUpdate(retryStuckStepUpdate, { args: [{ actor: toWorkflowActor(actor), note: dto.note ?? null }] }) };
  }

  async requestRevocation(actor: RequestActor, decisionId: string, dto: RevokeDecisionDto): Promise<{ revocationId: string; status: 'REQUESTED' }> {
    const recorded = await this.record(actor, decisionId, dto);
    // The start was stored with the row; if it cannot be delivered now, the worker's drain delivers it.
    await this.workflowCalls.deliverPending(revocationWorkflowId(recorded.revocationId));
    return recorded;
  }

  private async record(actor: RequestActor, decisionId: string, dto: RevokeDecisionDto): Promise<{ revocationId: string; status: 'REQUESTED' }> {
    return this.dataSource.transaction(async (tx) => {
      // The row lock keeps two simultaneous "revoke all" requests from both passing the check below.
      const decisions = DecisionRepository.in(tx);
      const revocations = RevocationRepository.in(tx);
      const decision = await decisions.lockInBody(decisionId, actor.bodyId);
      if (!decision) throw new ApiError(ApiErrorCode.NOT_FOUND, `decision ${decisionId} not in body ${actor.bodyId}`);
      if (decision.kind === 'CORRECTIVE') throw new ApiError(ApiErrorCode.NOT_IN_DECISION, `decision ${decisionId} is itself a revocation`);
      const whole = await revocations.findWholeOf(decisionId);
      if (whole) throw new ApiError(ApiErrorCode.ALREADY_REVOKED, `decision ${decisionId} already has revocation ${whole.id}`);
      if (dto.proposalIds) {
        const granted = await decisions.grantedProposalIds(actor.bodyId, decisionId, dto.proposalIds);
        const outside = dto.proposalIds.filter((id) => !granted.includes(id));
        if (outside.length) {
          throw new ApiError(ApiErrorCode.NOT_IN_DECISION, `proposals ${outside.join(', ')} not granted by decision ${decisionId}`, [
            { field: 'proposalIds', messages: outside.map((id) => `Hồ sơ ${id} không thuộc quyết định này.`) },
          ]);
        }
      }
      const revocationId = await revocations.insertRequested({
        bodyId: actor.bodyId, decisionId, proposalIds: dto.proposalIds ?? null, reason: dto.reason.trim(), requestedBy: actor.userId,
      });
      await enqueueWorkflowCall(tx, this.workflowCalls.startCall(revocationWorkflow, revocationWorkflowId(revocationId), [{ bodyId: actor.bodyId, revocationId, decisionNumberText: decision.numberText }]));
      return { revocationId, status: 'REQUESTED' as const };
    });
  }
}
