import {
  PROPOSAL_STEPS,
  ProposalStatus,
  WorkflowErrorCode,
  type Actor,
  type DeadlineView,
  type DecideArgs,
  type HigherLevelResult,
  type HigherLevelResultArgs,
  type IssuedDecision,
  type WithdrawArgs,
} from '@khenthuong/temporal';
import { patched } from '@temporalio/workflow';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import { refuse } from '../shared/refuse';
import { waitUntil } from '../shared/timed-wait';
import type { ProposalCore } from './proposal.core';

/** The higher level's decision travels to the read model with the transition that records it. */
export const HIGHER_LEVEL_DECISION_PATCH = 'higher-level-decision-columns';

/** docs/architecture.md: the nominating unit may withdraw at any state before the decision. */
const WITHDRAWABLE: readonly ProposalStatus[] = [
  ProposalStatus.SUBMITTED,
  ProposalStatus.RETURNED,
  ProposalStatus.AWAITING_COUNCIL,
  ProposalStatus.IN_COUNCIL_REVIEW,
  ProposalStatus.APPROVED_BY_COUNCIL,
  ProposalStatus.PUBLICLY_POSTED,
  ProposalStatus.AWAITING_DECISION,
  ProposalStatus.ESCALATED,
];
/** Once here the ward has acted, so the statutory clock of the decision stops. */
const DECISION_TAKEN: readonly ProposalStatus[] = [
  ProposalStatus.DECIDED,
  ProposalStatus.DOCUMENTS_ISSUED,
  ProposalStatus.CLOSED,
  ProposalStatus.REJECTED,
  ProposalStatus.REJECTED_BY_COUNCIL,
  ProposalStatus.WITHDRAWN,
  ProposalStatus.ESCALATED,
];

/** The chairman's decision, its statutory time limit, escalation to the higher level, and withdrawal. */
export class DecisionDesk {
  decisionDeadline: DeadlineView | null = null;
  decision: IssuedDecision | null = null;
  signer: Actor | null = null;
  higherLevelResult: HigherLevelResult | null = null;
  private clockRuns = 0;

  constructor(
    private readonly core: ProposalCore,
    private readonly ownDecision: () => boolean,
  ) {}

  withdrawable(): boolean {
    return WITHDRAWABLE.includes(this.core.status);
  }

  /**
   * The time limit runs from the complete dossier (published ward procedures, U; rule-set parameter
   * decisionTimeLimitWorkingDays): a reminder before it, an overdue flag and notice after it. Runs
   * beside the main sequence; a new complete dossier (after a return) starts a new clock.
   */
  async watchDecisionDeadline(): Promise<void> {
    const run = ++this.clockRuns;
    const { input, activities, workflowId } = this.core;
    const plan = await activities.planDeadline({ bodyId: input.bodyId, kind: 'DECISION', ruleSetId: input.ruleSetId, ruleSetOverrides: input.ruleSetOverrides, ruleSetParams: this.core.ruleSet.params, referenceDate: input.referenceDate });
    this.decisionDeadline = { dueOn: plan.dueOn, overdue: false };
    await activities.recordDeadline({ proposalId: input.proposalId, kind: 'DECISION', dueOn: plan.dueOn, overdue: false });
    const settled = () => DECISION_TAKEN.includes(this.core.status) || run !== this.clockRuns;
    let waited = 0;
    if (plan.reminderInMs !== null && plan.reminderInMs > 0) {
      if (await waitUntil(settled, plan.reminderInMs)) return;
      waited = plan.reminderInMs;
      await activities.notify({
        bodyId: input.bodyId,
        eventKey: `${workflowId}:decision-due-soon:${run}`,
        proposalId: input.proposalId,
        roundId: input.roundId ?? null,
        roles: ['OFFICER', 'CHAIRMAN'],
        kind: 'DECISION_DUE_SOON',
        messageVi: `Đề nghị khen thưởng "${input.nominee.name}" sắp đến hạn giải quyết (hết ngày ${formatShortVietnameseDate(plan.dueOn)}).`,
      });
    }
    if (await waitUntil(settled, plan.durationMs - waited)) return;
    this.decisionDeadline = { dueOn: plan.dueOn, overdue: true };
    await this.core.note('DECISION_OVERDUE', null, `Quá thời hạn giải quyết (hết ngày ${formatShortVietnameseDate(plan.dueOn)})`);
    await activities.recordDeadline({ proposalId: input.proposalId, kind: 'DECISION', dueOn: plan.dueOn, overdue: true });
    await activities.notify({
      bodyId: input.bodyId,
      eventKey: `${workflowId}:decision-overdue:${run}`,
      proposalId: input.proposalId,
      roundId: input.roundId ?? null,
      roles: ['OFFICER', 'CHAIRMAN'],
      kind: 'DECISION_OVERDUE',
      messageVi: `Đề nghị khen thưởng "${input.nominee.name}" đã quá hạn giải quyết (hết ngày ${formatShortVietnameseDate(plan.dueOn)}).`,
    });
  }

  validateDecide({ actor, approve, reason }: DecideArgs): void {
    this.core.requireStatus(ProposalStatus.AWAITING_DECISION);
    this.core.requireRole(actor, PROPOSAL_STEPS.DECIDE.roles, 'decide');
    if (!this.ownDecision()) refuse(WorkflowErrorCode.NOT_IN_ROUND, 'the round decides on its whole list');
    if (typeof approve !== 'boolean') refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'approve must be true or false');
    if (!approve) this.core.requireText(reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
  }

  decide({ actor, approve, reason }: DecideArgs): Promise<ProposalStatus> {
    return this.core.step('decide', () => this.applyDecision(actor, approve, reason ?? null));
  }

  async applyDecision(actor: Actor, approve: boolean, reason: string | null): Promise<ProposalStatus> {
    if (approve) {
      // A vice-chairman signs "KT. CHỦ TỊCH" (Nghị định 30/2020, Phụ lục I): the document reads the signer's role.
      this.signer = actor;
      await this.core.enter('DECIDE_APPROVE', actor, ProposalStatus.DECIDED, reason);
    } else {
      await this.core.enter('DECIDE_REJECT', actor, ProposalStatus.REJECTED, reason);
    }
    return this.core.status;
  }

  /** The signer refused on their device: nothing is issued and the proposal waits for a decision again. */
  async signatureRejected(documentLabel: string): Promise<void> {
    this.signer = null;
    await this.core.enter('SIGNATURE_REJECTED', null, ProposalStatus.AWAITING_DECISION, `Người ký từ chối ký số ${documentLabel}; hồ sơ chờ Chủ tịch quyết định lại`);
  }

  signerUserId(): string {
    if (!this.signer) refuse(WorkflowErrorCode.WRONG_STATE, 'decision has no signer');
    return this.signer.userId;
  }

  async escalate(): Promise<void> {
    const { input, activities, workflowId } = this.core;
    await this.core.enter('ESCALATE', null, ProposalStatus.ESCALATED, 'Danh hiệu/hình thức khen thưởng thuộc thẩm quyền cấp trên (Luật TĐKT 2022 Điều 80)');
    await activities.notify({
      bodyId: input.bodyId,
      eventKey: `${workflowId}:escalated`,
      proposalId: input.proposalId,
      roundId: input.roundId ?? null,
      roles: ['OFFICER', 'CHAIRMAN'],
      kind: 'ESCALATED',
      messageVi: `Hồ sơ "${input.nominee.name}" đã được Hội đồng thông qua; lập Tờ trình đề nghị cấp trên khen thưởng.`,
    });
  }

  validateHigherLevelResult({ actor, result }: HigherLevelResultArgs): void {
    this.core.requireStatus(ProposalStatus.ESCALATED);
    this.core.requireRole(actor, PROPOSAL_STEPS.RECORD_HIGHER_LEVEL_RESULT.roles, 'record the higher level result');
    if (!result || typeof result.approved !== 'boolean') refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'result.approved must be true or false');
    this.core.requireText(result.issuer, WorkflowErrorCode.INVALID_ARGUMENT, 'issuer', 300);
    if (result.approved) this.core.requireText(result.decisionNumber, WorkflowErrorCode.INVALID_ARGUMENT, 'decision number', 50);
    if (result.decisionDate != null && !/^\d{4}-\d{2}-\d{2}$/.test(result.decisionDate)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'decision date is YYYY-MM-DD');
  }

  recordHigherLevelResult({ actor, result }: HigherLevelResultArgs): Promise<ProposalStatus> {
    return this.core.step('recordHigherLevelResult', async () => {
      this.higherLevelResult = result;
      const summary = result.approved
        ? `${result.issuer} khen thưởng theo Quyết định số ${result.decisionNumber}${result.decisionDate ? ` ngày ${result.decisionDate}` : ''}`
        : `${result.issuer} không khen thưởng${result.note ? `: ${result.note}` : ''}`;
      const to = result.approved ? ProposalStatus.CLOSED : ProposalStatus.REJECTED;
      // The read model keeps the decision as data; runs recorded before keep it in the summary only.
      const extra = result.approved && patched(HIGHER_LEVEL_DECISION_PATCH) ? { higherLevelResult: result } : {};
      await this.core.enter('RECORD_HIGHER_LEVEL_RESULT', actor, to, summary, extra);
      return this.core.status;
    });
  }

  validateWithdraw({ actor, reason }: WithdrawArgs): void {
    if (!this.withdrawable()) refuse(WorkflowErrorCode.WRONG_STATE, `cannot withdraw in ${this.core.status}`);
    this.core.requireStatus(...WITHDRAWABLE);
    this.core.requireNominatingUnit(actor, PROPOSAL_STEPS.WITHDRAW.roles, 'withdraw its proposal');
    this.core.requireText(reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
  }

  withdraw({ actor, reason }: WithdrawArgs): Promise<ProposalStatus> {
    return this.core.step('withdraw', async () => {
      await this.core.enter('WITHDRAW', actor, ProposalStatus.WITHDRAWN, reason);
      return this.core.status;
    });
  }
}
