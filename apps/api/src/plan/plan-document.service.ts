import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ArchiveStore } from '@khenthuong/documents';
import { planDocumentWorkflowId } from '@khenthuong/temporal';
import { issuePlanDocumentWorkflow } from '@khenthuong/workflows';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { PlanRepository } from '@khenthuong/persistence';
import { PlanService } from './plan.service';
import { ARCHIVE_STORE } from '../core/archive-store';

/** Issuing the plan's document: a workflow numbers it and renders it on the documents queue. */
@Injectable()
export class PlanDocumentService {
  constructor(
    private readonly planService: PlanService,
    private readonly plans: PlanRepository,
    private readonly temporal: TemporalClientHolder,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  /** Starts `plan-document-<planId>`; asking again while it runs, or after, starts nothing new that numbers again. */
  async issue(actor: RequestActor, planId: string): Promise<{ workflowId: string; started: boolean }> {
    await this.planService.plan(actor, planId);
    if ((await this.plans.listTargets(actor.bodyId, planId)).length === 0) throw new ApiError(ApiErrorCode.PLAN_WITHOUT_TARGETS, `plan ${planId} has no targets`);
    const workflowId = planDocumentWorkflowId(planId);
    try {
      await this.temporal.client.workflow.start(issuePlanDocumentWorkflow, {
        taskQueue: this.temporal.proposalsQueue,
        workflowId,
        args: [{ planId, bodyId: actor.bodyId, requestedBy: actor.userId }],
      });
      return { workflowId, started: true };
    } catch (error) {
      // Already running: the caller waits for that one. A finished run may be restarted; it finds the number and the document.
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
      throw error;
    }
  }

  async pdf(actor: RequestActor, planId: string): Promise<{ bytes: Buffer; numberText: string }> {
    const plan = await this.planService.plan(actor, planId);
    const bytes = plan.document_sha256 ? await this.archive.get(plan.document_sha256) : null;
    if (!bytes || !plan.number_text) throw new ApiError(ApiErrorCode.NOT_FOUND, `plan ${planId} has no issued document`);
    return { bytes, numberText: plan.number_text };
  }
}
