import { condition, patched } from '@temporalio/workflow';
import {
  ProposalStatus,
  WorkflowErrorCode,
  type EndRoundPostingArgs,
  type HumanAction,
  type ProposalActivities,
  type ProposalInput,
  type ProposalState,
  type RoundEvent,
  type RoundPostingOutcome,
} from '@khenthuong/temporal';
import { attended, type AttentionDesk } from '../shared/attention';
import { remoteSigningActivities } from '../shared/activity-options';
import { refuse } from '../shared/refuse';
import { CouncilDesk } from './council.desk';
import { DecisionDesk } from './decision.desk';
import { DossierDesk } from './dossier.desk';
import { PostingDesk } from './posting.desk';
import { SignatureDesk } from './signature.desk';
import { proposalSignatureHost } from './proposal-signature.host';
import { ProposalCore } from './proposal.core';

/** Round events are applied one after the other (added after runs had started). */
export const ROUND_EVENTS_IN_ORDER = 'round-events-in-order';

/** One proposal: its shared core and the desks that handle each stage's human steps. */
export class ProposalProcess {
  readonly core: ProposalCore;
  readonly dossier: DossierDesk;
  readonly council: CouncilDesk;
  readonly posting: PostingDesk;
  readonly decision: DecisionDesk;
  readonly signature: SignatureDesk;
  private readonly seenRoundEvents = new Set<string>();
  /** Settles once every round event received so far has been applied. */
  private roundEventsApplied: Promise<void> = Promise.resolve();
  /** Started by the first complete dossier; the main sequence never awaits it. */
  deadlineWatch: Promise<void> | null = null;

  constructor(
    input: ProposalInput,
    activities: ProposalActivities,
    workflowId: string,
    readonly attention: AttentionDesk,
  ) {
    this.core = new ProposalCore(input, activities, workflowId);
    this.council = new CouncilDesk(this.core);
    this.dossier = new DossierDesk(this.core, async () => {
      this.deadlineWatch = this.decision.watchDecisionDeadline();
      if (!this.core.inRound) await this.council.openOwnSession(null);
    });
    this.posting = new PostingDesk(this.core, (reason) => this.council.openOwnSession(reason));
    this.decision = new DecisionDesk(this.core, () => this.ownDecision());
    this.signature = new SignatureDesk(proposalSignatureHost(this.core), attended(remoteSigningActivities()), attention);
  }

  /** A proposal outside a round — or taken out of it by an upheld objection — is decided on its own. */
  ownDecision(): boolean {
    return !this.core.inRound || this.council.detachedFromRound;
  }

  /**
   * Round events arrive by signal (or update) from the round's fan-out; each is applied once, in the
   * order received, and only after the one before it has finished: a council result still being
   * recorded (an activity waiting for a worker) must not make the posting that follows it look out
   * of place and be dropped. Runs recorded before the queue apply each event on arrival.
   */
  onRoundEvent(event: RoundEvent): Promise<void> {
    if (!this.core.inRound || this.seenRoundEvents.has(event.eventId)) return this.roundEventsApplied;
    this.seenRoundEvents.add(event.eventId);
    if (!patched(ROUND_EVENTS_IN_ORDER)) return this.applyRoundEvent(event);
    const applied = this.roundEventsApplied.then(() => this.applyRoundEvent(event));
    this.roundEventsApplied = applied.catch(() => undefined);
    return applied;
  }

  validateEndRoundPosting({ eventId }: EndRoundPostingArgs): void {
    if (!this.core.inRound) refuse(WorkflowErrorCode.NOT_IN_ROUND, 'the proposal is not in a round');
    if (typeof eventId !== 'string' || !eventId) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'eventId is required');
  }

  /** The round's posting ended: answers once the proposal awaits the decision (recorded) or cannot. */
  async endRoundPosting({ eventId }: EndRoundPostingArgs): Promise<RoundPostingOutcome> {
    await this.onRoundEvent({ type: 'POSTING_ENDED', eventId });
    for (;;) {
      const outcome = this.roundPostingOutcome();
      if (outcome) return outcome;
      await condition(() => this.roundPostingOutcome() !== null);
    }
  }

  private roundPostingOutcome(): RoundPostingOutcome | null {
    const { core } = this;
    if (core.busy() || !core.recorded()) return null;
    if (this.council.detachedFromRound) return 'LEFT_ROUND';
    if (core.is(ProposalStatus.AWAITING_DECISION)) return 'AWAITING_DECISION';
    // Still posted with nothing open: the main sequence is moving it to the decision.
    if (core.is(ProposalStatus.PUBLICLY_POSTED)) return this.posting.openObjections() > 0 ? 'RESOLVING_OBJECTIONS' : null;
    if (core.is(ProposalStatus.APPROVED_BY_COUNCIL)) return null;
    return 'LEFT_ROUND';
  }

  private async applyRoundEvent(event: RoundEvent): Promise<void> {
    if (this.council.detachedFromRound) return;
    const { core } = this;
    switch (event.type) {
      case 'COUNCIL_OPENED':
        if (core.is(ProposalStatus.AWAITING_COUNCIL)) await this.council.joinRoundSession(event.council);
        return;
      case 'COUNCIL_RESULT':
        if (core.is(ProposalStatus.IN_COUNCIL_REVIEW) && !this.council.session) await this.council.applyResult(event.tally, null);
        return;
      case 'POSTING_STARTED':
        if (core.is(ProposalStatus.APPROVED_BY_COUNCIL)) await this.posting.startRoundPosting(event.startsOn, event.endsOn);
        return;
      case 'POSTING_ENDED':
        this.posting.markRoundPostingEnded();
        return;
      case 'DETACHED':
        this.council.detachedFromRound = true;
        await core.note('LEAVE_ROUND', null, event.reason);
        return;
      case 'DECIDED':
        if (!core.is(ProposalStatus.AWAITING_DECISION)) return;
        if (event.approved && event.decision) {
          this.decision.decision = { ...event.decision, amountVnd: null };
        }
        await this.decision.applyDecision(event.signer, event.approved, event.reason);
        return;
    }
  }

  state(): ProposalState {
    const { core } = this;
    return {
      proposalId: core.input.proposalId,
      status: core.status,
      title: core.input.title,
      ruleSetId: core.input.ruleSetId,
      roundId: core.input.roundId ?? null,
      route: core.input.route ?? 'WARD_DECISION',
      procedure: core.input.procedure ?? 'STANDARD',
      history: [...core.history],
      council: this.council.view(),
      tally: this.council.tally,
      returns: [...this.dossier.returns],
      returnsLeft: this.dossier.returnsLeft(),
      returnDeadline: this.dossier.returnDeadline,
      posting: this.posting.posting,
      objections: this.posting.objections.map((o) => ({ ...o })),
      decisionDeadline: this.decision.decisionDeadline,
      decision: this.decision.decision,
      higherLevelResult: this.decision.higherLevelResult,
      needsAttention: this.attention.problem,
      awaitingSignature: this.signature.awaiting,
      // A failed step holds its handler busy: the retry is offered all the same.
      allowedActions: this.attention.canRetry() ? [...this.allowedActions(), 'RETRY_STUCK_STEP'] : this.allowedActions(),
    };
  }

  private allowedActions(): HumanAction[] {
    const { core } = this;
    if (core.busy()) return [];
    const actions: HumanAction[] = [];
    if (core.is(ProposalStatus.SUBMITTED)) {
      actions.push('MARK_COMPLETE');
      if (this.dossier.returnsLeft() > 0) actions.push('RETURN_FOR_PAPERS');
    }
    if (core.is(ProposalStatus.RETURNED)) actions.push('RESUBMIT');
    if (this.council.ownSessionOpen()) actions.push('CAST_VOTE', 'RECORD_WRITTEN_VOTE', 'CLOSE_COUNCIL_SESSION');
    if (core.is(ProposalStatus.PUBLICLY_POSTED)) {
      if (this.posting.openObjections() > 0) actions.push('RESOLVE_OBJECTION');
      if (!core.inRound) actions.push('EXTEND_POSTING');
    }
    if (core.is(ProposalStatus.AWAITING_DECISION) && this.ownDecision()) actions.push('DECIDE');
    if (core.is(ProposalStatus.ESCALATED)) actions.push('RECORD_HIGHER_LEVEL_RESULT');
    if (core.is(ProposalStatus.DECIDED) && this.signature.awaiting) actions.push('RESEND_SIGNATURE_REQUEST');
    if (this.decision.withdrawable()) actions.push('WITHDRAW');
    return actions;
  }
}
