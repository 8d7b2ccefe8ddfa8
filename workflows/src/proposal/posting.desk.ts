import { condition } from '@temporalio/workflow';
import {
  PROPOSAL_STEPS,
  ProposalStatus,
  WorkflowErrorCode,
  type ExtendPostingArgs,
  type ObjectionOutcome,
  type ObjectionSignalArgs,
  type ObjectionView,
  type DismissObjectionsArgs,
  type ResolveObjectionArgs,
} from '@khenthuong/temporal';
import { validateExtensionDays } from '../shared/posting-extension';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import { refuse } from '../shared/refuse';
import { waitUntil } from '../shared/timed-wait';
import type { ProposalCore } from './proposal.core';

const OUTCOMES: readonly ObjectionOutcome[] = ['DISMISSED', 'UPHELD_RECONSIDER', 'UPHELD_REJECT'];
const MAX_OBJECTION_LENGTH = 5000;
/** Above the api's limit of objections on one proposal, so one dismissal stays one bounded step. */
const MAX_DISMISSED_AT_ONCE = 100;

/**
 * Public posting of the approved list: a timer in working days that the officer can extend, and
 * objections from anyone (signals) that the officer resolves. The list stays posted until every
 * objection is resolved. In a round the round's workflow runs the timer and says when it ends.
 */
export class PostingDesk {
  posting: { startsOn: string; endsOn: string } | null = null;
  readonly objections: ObjectionView[] = [];
  private remainingMs = 0;
  /** Bumped by an extension, so the running wait restarts with the new end. */
  private timerVersion = 0;
  private roundPostingEnded = false;

  constructor(
    private readonly core: ProposalCore,
    private readonly onReconsider: (reason: string) => Promise<void>,
  ) {}

  /** Standard procedure posts when the rule set has a posting period; the simplified one does not (Điều 85). */
  postingRequired(): boolean {
    return (this.core.input.procedure ?? 'STANDARD') === 'STANDARD' && this.core.ruleSet.params.postingPeriodWorkingDays > 0;
  }

  async startOwnPosting(): Promise<void> {
    const { input, activities } = this.core;
    const plan = await activities.planDeadline({ bodyId: input.bodyId, kind: 'POSTING', ruleSetId: input.ruleSetId, ruleSetOverrides: input.ruleSetOverrides, ruleSetParams: this.core.ruleSet.params, referenceDate: input.referenceDate });
    this.posting = { startsOn: plan.startsOn, endsOn: plan.dueOn };
    this.remainingMs = plan.durationMs;
    this.roundPostingEnded = false;
    await this.core.enter('START_POSTING', null, ProposalStatus.PUBLICLY_POSTED, null);
  }

  async startRoundPosting(startsOn: string, endsOn: string): Promise<void> {
    this.posting = { startsOn, endsOn };
    await this.core.enter('START_POSTING', null, ProposalStatus.PUBLICLY_POSTED, null);
  }

  markRoundPostingEnded(): void {
    this.roundPostingEnded = true;
  }

  roundPostingHasEnded(): boolean {
    return this.roundPostingEnded;
  }

  openObjections(): number {
    return this.objections.filter((o) => o.outcome === null).length;
  }

  /** Waits out the period (restarted by extensions), then for every objection's resolution. */
  async runPosting(ownTimer: boolean): Promise<void> {
    const posted = () => this.core.is(ProposalStatus.PUBLICLY_POSTED);
    if (ownTimer) {
      while (posted()) {
        const version = this.timerVersion;
        const interrupted = await waitUntil(() => !posted() || this.timerVersion !== version, this.remainingMs);
        if (!interrupted) break;
      }
    } else {
      await condition(() => !posted() || this.roundPostingEnded);
    }
    await condition(() => !posted() || (this.openObjections() === 0 && !this.core.busy()));
    if (posted()) await this.core.enter('END_POSTING', null, ProposalStatus.AWAITING_DECISION, null);
  }

  validateExtend({ actor, workingDays, reason }: ExtendPostingArgs): void {
    this.core.requireStatus(ProposalStatus.PUBLICLY_POSTED);
    this.core.requireRole(actor, PROPOSAL_STEPS.EXTEND_POSTING.roles, 'extend the posting');
    if (this.core.inRound) refuse(WorkflowErrorCode.NOT_IN_ROUND, 'a round extends the posting of its whole list');
    validateExtensionDays(workingDays);
    this.core.requireText(reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
  }

  extend({ actor, workingDays, reason }: ExtendPostingArgs): Promise<ProposalStatus> {
    return this.core.step('extendPosting', async () => {
      const { input, activities } = this.core;
      const plan = await activities.planDeadline({
        bodyId: input.bodyId,
        kind: 'POSTING',
        ruleSetId: input.ruleSetId,
        ruleSetOverrides: input.ruleSetOverrides,
        referenceDate: input.referenceDate,
        from: this.posting!.endsOn,
        workingDays,
      });
      this.posting = { startsOn: this.posting!.startsOn, endsOn: plan.dueOn };
      this.remainingMs = plan.durationMs;
      this.timerVersion += 1;
      await this.core.note('EXTEND_POSTING', actor, `Gia hạn niêm yết đến hết ngày ${formatShortVietnameseDate(plan.dueOn)}: ${reason}`);
      return this.core.status;
    });
  }

  /** Signals cannot be refused: one arriving outside the posting (the api checks first) is dropped. */
  async receiveObjection({ objectionId, text, receivedAt }: ObjectionSignalArgs): Promise<void> {
    if (!this.core.is(ProposalStatus.PUBLICLY_POSTED)) return;
    if (typeof objectionId !== 'string' || typeof text !== 'string' || !text.trim()) return;
    if (this.objections.some((o) => o.objectionId === objectionId)) return;
    this.objections.push({ objectionId, text: text.slice(0, MAX_OBJECTION_LENGTH), receivedAt: String(receivedAt), outcome: null, resolution: null });
    const { input, activities } = this.core;
    await this.core.note('RECEIVE_OBJECTION', null, text.slice(0, 500));
    await activities.notify({
      bodyId: input.bodyId,
      eventKey: `${this.core.workflowId}:objection:${objectionId}`,
      proposalId: input.proposalId,
      roundId: input.roundId ?? null,
      roles: ['OFFICER'],
      kind: 'OBJECTION_RECEIVED',
      messageVi: `Có ý kiến phản ánh về đề nghị khen thưởng "${input.nominee.name}" trong thời gian niêm yết.`,
    });
  }

  validateResolve({ actor, objectionId, outcome, reason }: ResolveObjectionArgs): void {
    this.core.requireStatus(ProposalStatus.PUBLICLY_POSTED);
    this.core.requireRole(actor, PROPOSAL_STEPS.RESOLVE_OBJECTION.roles, 'resolve an objection');
    const objection = this.objections.find((o) => o.objectionId === objectionId);
    if (!objection) refuse(WorkflowErrorCode.UNKNOWN_OBJECTION, `no objection ${String(objectionId)}`);
    if (objection.outcome !== null) refuse(WorkflowErrorCode.WRONG_STATE, 'objection already resolved');
    if (!OUTCOMES.includes(outcome)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, `unknown outcome ${String(outcome)}`);
    this.core.requireText(reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
  }

  resolve({ actor, objectionId, outcome, reason }: ResolveObjectionArgs): Promise<ProposalStatus> {
    return this.core.step('resolveObjection', async () => {
      const objection = this.objections.find((o) => o.objectionId === objectionId)!;
      objection.outcome = outcome;
      objection.resolution = reason;
      const { input, activities } = this.core;
      await activities.recordObjectionResolution({ proposalId: input.proposalId, objectionId, outcome, reason, resolvedBy: actor.userId });
      if (outcome === 'UPHELD_REJECT') {
        await this.core.enter('RESOLVE_OBJECTION', actor, ProposalStatus.REJECTED, reason);
      } else if (outcome === 'UPHELD_RECONSIDER') {
        // The council reconsiders the whole proposal, and with it every other objection still open.
        for (const other of this.objections) {
          if (other.outcome === null) Object.assign(other, { outcome, resolution: `Hội đồng xem xét lại cùng phản ánh ${objectionId}` });
        }
        await this.core.enter('RESOLVE_OBJECTION', actor, ProposalStatus.IN_COUNCIL_REVIEW, reason);
        await this.onReconsider(reason);
      } else {
        await this.core.note('RESOLVE_OBJECTION', actor, reason);
      }
      return this.core.status;
    });
  }

  validateDismiss({ actor, objectionIds, reason }: DismissObjectionsArgs): void {
    this.core.requireStatus(ProposalStatus.PUBLICLY_POSTED);
    this.core.requireRole(actor, PROPOSAL_STEPS.RESOLVE_OBJECTION.roles, 'dismiss objections');
    if (!Array.isArray(objectionIds) || objectionIds.length === 0 || objectionIds.length > MAX_DISMISSED_AT_ONCE) {
      refuse(WorkflowErrorCode.INVALID_ARGUMENT, `between 1 and ${MAX_DISMISSED_AT_ONCE} objections at once`);
    }
    if (new Set(objectionIds).size !== objectionIds.length) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'an objection named twice');
    for (const objectionId of objectionIds) {
      const objection = this.objections.find((o) => o.objectionId === objectionId);
      if (!objection) refuse(WorkflowErrorCode.UNKNOWN_OBJECTION, `no objection ${String(objectionId)}`);
      if (objection.outcome !== null) refuse(WorkflowErrorCode.WRONG_STATE, `objection ${objectionId} already resolved`);
    }
    this.core.requireText(reason, WorkflowErrorCode.REASON_REQUIRED, 'reason');
  }

  /** Dismisses several objections with one reason: one activity and one history note, whatever their number. */
  dismiss({ actor, objectionIds, reason }: DismissObjectionsArgs): Promise<ProposalStatus> {
    return this.core.step('dismissObjections', async () => {
      for (const objectionId of objectionIds) {
        Object.assign(this.objections.find((o) => o.objectionId === objectionId)!, { outcome: 'DISMISSED', resolution: reason });
      }
      const { input, activities } = this.core;
      await activities.recordObjectionResolutions({ proposalId: input.proposalId, objectionIds, outcome: 'DISMISSED', reason, resolvedBy: actor.userId });
      await this.core.note('RESOLVE_OBJECTION', actor, `Không có cơ sở (${objectionIds.length} ý kiến phản ánh): ${reason}`);
      return this.core.status;
    });
  }
}
