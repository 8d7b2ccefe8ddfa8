import { PROPOSAL_STEPS, ProposalStatus, WorkflowErrorCode, type ActorArgs, type DeadlineView, type ResubmitArgs, type ReturnForPapersArgs, type ReturnView } from '@khenthuong/temporal';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import { refuse } from '../shared/refuse';
import { waitUntil } from '../shared/timed-wait';
import { workflowClock } from '../shared/workflow-clock';
import type { ProposalCore } from './proposal.core';

const MAX_RETURN_ITEMS = 30;

/**
 * The officer's completeness check: complete → council, or return for papers with a deadline in
 * working days. Returns are limited by the rule set (maxReturnsForSupplement: "supplement once" in
 * the published ward procedures, U); a return deadline that passes withdraws the proposal.
 */
export class DossierDesk {
  readonly returns: ReturnView[] = [];
  returnDeadline: DeadlineView | null = null;
  private returnWaitMs = 0;

  constructor(
    private readonly core: ProposalCore,
    private readonly onComplete: () => Promise<void>,
  ) {}

  returnsLeft(): number {
    return Math.max(0, this.core.ruleSet.params.maxReturnsForSupplement - this.returns.length);
  }

  validateMarkComplete({ actor }: ActorArgs): void {
    this.core.requireStatus(ProposalStatus.SUBMITTED);
    this.core.requireRole(actor, PROPOSAL_STEPS.MARK_COMPLETE.roles, 'mark a dossier complete');
  }

  markComplete({ actor }: ActorArgs): Promise<ProposalStatus> {
    return this.core.step('markComplete', async () => {
      // In a round the complete dossier waits for the round's session; an ad-hoc one gets its own.
      const to = this.core.inRound ? ProposalStatus.AWAITING_COUNCIL : ProposalStatus.IN_COUNCIL_REVIEW;
      await this.core.enter('MARK_COMPLETE', actor, to, null);
      await this.onComplete();
      return this.core.status;
    });
  }

  validateReturn({ actor, items }: ReturnForPapersArgs): void {
    this.core.requireStatus(ProposalStatus.SUBMITTED);
    this.core.requireRole(actor, PROPOSAL_STEPS.RETURN_FOR_PAPERS.roles, 'return a dossier');
    if (!Array.isArray(items) || items.length === 0 || items.length > MAX_RETURN_ITEMS) {
      refuse(WorkflowErrorCode.INVALID_ARGUMENT, `a return lists 1–${MAX_RETURN_ITEMS} papers`);
    }
    for (const item of items) {
      this.core.requireText(item?.paper, WorkflowErrorCode.INVALID_ARGUMENT, 'paper', 300);
      this.core.requireText(item?.reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
    }
    if (this.returnsLeft() === 0) refuse(WorkflowErrorCode.RETURN_LIMIT_REACHED, 'no supplement left for this dossier');
  }

  returnForPapers({ actor, items }: ReturnForPapersArgs): Promise<ProposalStatus> {
    return this.core.step('returnForPapers', async () => {
      const { input, activities } = this.core;
      const plan = await activities.planDeadline({ bodyId: input.bodyId, kind: 'RETURN_FOR_PAPERS', ruleSetId: input.ruleSetId, ruleSetOverrides: input.ruleSetOverrides, ruleSetParams: this.core.ruleSet.params, referenceDate: input.referenceDate });
      this.returns.push({ round: this.returns.length + 1, items, dueOn: plan.dueOn, returnedAt: workflowClock() });
      this.returnDeadline = { dueOn: plan.dueOn, overdue: false };
      this.returnWaitMs = plan.durationMs;
      const reason = items.map((i) => `${i.paper}: ${i.reason}`).join('; ');
      await this.core.enter('RETURN_FOR_PAPERS', actor, ProposalStatus.RETURNED, reason);
      await activities.recordDeadline({ proposalId: input.proposalId, kind: 'RETURN_FOR_PAPERS', dueOn: plan.dueOn, overdue: false });
      await activities.notify({
        bodyId: input.bodyId,
        eventKey: `${this.core.workflowId}:return:${this.returns.length}`,
        proposalId: input.proposalId,
        roundId: input.roundId ?? null,
        unitIds: [input.nominatingUnitId],
        kind: 'RETURNED_FOR_PAPERS',
        messageVi: `Hồ sơ đề nghị khen thưởng "${input.nominee.name}" được trả lại để bổ sung; hạn nộp lại: hết ngày ${formatShortVietnameseDate(plan.dueOn)}.`,
      });
      return this.core.status;
    });
  }

  validateResubmit({ actor, note }: ResubmitArgs): void {
    this.core.requireStatus(ProposalStatus.RETURNED);
    this.core.requireNominatingUnit(actor, PROPOSAL_STEPS.RESUBMIT.roles, 'resubmit the dossier');
    if (note != null && (typeof note !== 'string' || note.length > 2000)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'note too long');
  }

  resubmit({ actor, note }: ResubmitArgs): Promise<ProposalStatus> {
    return this.core.step('resubmit', async () => {
      this.returnDeadline = null;
      await this.core.enter('RESUBMIT', actor, ProposalStatus.SUBMITTED, note ?? null);
      await this.core.activities.recordDeadline({ proposalId: this.core.input.proposalId, kind: 'RETURN_FOR_PAPERS', dueOn: null, overdue: false });
      return this.core.status;
    });
  }

  /** While the dossier is with the unit: the return deadline passing withdraws the proposal. */
  async waitForResubmission(): Promise<void> {
    const resubmitted = await waitUntil(() => !this.core.is(ProposalStatus.RETURNED), this.returnWaitMs);
    if (resubmitted || !this.core.is(ProposalStatus.RETURNED)) return;
    this.returnDeadline = this.returnDeadline && { ...this.returnDeadline, overdue: true };
    await this.core.enter('RETURN_DEADLINE_PASSED', null, ProposalStatus.WITHDRAWN, 'Quá hạn bổ sung hồ sơ');
  }
}
