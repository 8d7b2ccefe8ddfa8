import { ApplicationFailure, condition } from '@temporalio/workflow';
import { hasQuorum, ruleSetFor, tallyCouncilVotes, type NomineeTally, type RuleSet, type VoteChoice } from '@khenthuong/domain';
import {
  ProposalStatus,
  WorkflowErrorCode,
  type Actor,
  type ActorArgs,
  type AssignedDecision,
  type CastVoteArgs,
  type CouncilSnapshot,
  type DecideArgs,
  type HistoryEntry,
  type HumanAction,
  type IssuedDocument,
  type PostingPlan,
  type ProposalAction,
  type ProposalActivities,
  type ProposalInput,
  type ProposalState,
  type VoteView,
  type WithdrawArgs,
} from '@khenthuong/temporal';
import { workflowClock } from '../shared/workflow-clock';

const VOTE_CHOICES: readonly VoteChoice[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];
const MAX_COMMENT_LENGTH = 2000;
/** States from which the nominating unit may still withdraw (ARCHITECTURE.md: any state before DECIDED). */
const WITHDRAWABLE = new Set<ProposalStatus>([
  ProposalStatus.SUBMITTED,
  ProposalStatus.IN_COUNCIL_REVIEW,
  ProposalStatus.PUBLICLY_POSTED,
  ProposalStatus.AWAITING_DECISION,
]);

function refuse(code: WorkflowErrorCode, message: string): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
}

/** State and human-step handlers of one proposal; the workflow function only sequences the stages. */
export class ProposalProcess {
  status: ProposalStatus = ProposalStatus.SUBMITTED;
  private readonly history: HistoryEntry[] = [];
  private readonly ruleSet: RuleSet;
  private council: CouncilSnapshot | null = null;
  private readonly votes = new Map<string, VoteView>();
  private tally: NomineeTally | null = null;
  private posting: { startsOn: string; endsOn: string } | null = null;
  private decision: ProposalState['decision'] = null;
  private signer: Actor | null = null;
  private councilLoading = false;

  constructor(
    private readonly input: ProposalInput,
    private readonly activities: ProposalActivities,
    private readonly workflowId: string,
  ) {
    this.ruleSet = ruleSetFor(input.referenceDate);
    this.transition('SUBMIT', input.submittedBy, ProposalStatus.SUBMITTED, null);
  }

  state(): ProposalState {
    return {
      proposalId: this.input.proposalId,
      status: this.status,
      title: this.input.title,
      ruleSetId: this.input.ruleSetId,
      history: [...this.history],
      council: this.council,
      votes: [...this.votes.values()],
      tally: this.tally,
      posting: this.posting,
      decision: this.decision,
      allowedActions: this.allowedActions(),
    };
  }

  signerUserId(): string {
    if (!this.signer) throw ApplicationFailure.nonRetryable('decision has no signer', WorkflowErrorCode.WRONG_STATE);
    return this.signer.userId;
  }

  /** A method, not a field comparison, so the compiler does not narrow across awaits that handlers interleave. */
  is(status: ProposalStatus): boolean {
    return this.status === status;
  }

  waitWhile(status: ProposalStatus): Promise<void> {
    return condition(() => this.status !== status);
  }

  /**
   * Records the submission itself. Its state change happened in the constructor, before any handler
   * was registered, so an update delivered in the first workflow task can never be overwritten by it.
   */
  recordSubmission(): Promise<void> {
    return this.record(this.history[0], this.input.submittedBy);
  }

  /** Moves to a new status and mirrors the transition into the read model and audit log. */
  async enter(action: ProposalAction, actor: Actor | null, to: ProposalStatus, reason: string | null): Promise<void> {
    await this.record(this.transition(action, actor, to, reason), actor);
  }

  private transition(action: ProposalAction, actor: Actor | null, to: ProposalStatus, reason: string | null): HistoryEntry {
    const from = this.history.length === 0 ? null : this.status;
    this.status = to;
    const entry: HistoryEntry = {
      sequence: this.history.length + 1,
      action,
      actorUserId: actor?.userId ?? null,
      actorName: actor?.displayName ?? null,
      fromStatus: from,
      toStatus: to,
      reason,
      at: workflowClock(),
    };
    this.history.push(entry);
    return entry;
  }

  private async record(entry: HistoryEntry, actor: Actor | null): Promise<void> {
    await this.activities.recordTransition({
      proposalId: this.input.proposalId,
      bodyId: this.input.bodyId,
      workflowId: this.workflowId,
      sequence: entry.sequence,
      action: entry.action,
      actor,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      reason: entry.reason,
    });
  }

  // --- officer: completeness check -------------------------------------------------------------

  validateMarkComplete({ actor }: ActorArgs): void {
    this.requireStatus(ProposalStatus.SUBMITTED);
    if (!actor.roles.includes('OFFICER')) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the officer marks a dossier complete');
  }

  async markComplete({ actor }: ActorArgs): Promise<ProposalStatus> {
    // The council snapshot is taken when review starts: membership may change between terms.
    this.councilLoading = true;
    await this.enter('MARK_COMPLETE', actor, ProposalStatus.IN_COUNCIL_REVIEW, null);
    this.council = await this.activities.loadCouncil({ bodyId: this.input.bodyId });
    this.councilLoading = false;
    return this.status;
  }

  // --- council ---------------------------------------------------------------------------------

  validateVote({ actor, choice, comment }: CastVoteArgs): void {
    this.requireStatus(ProposalStatus.IN_COUNCIL_REVIEW);
    if (!this.council || this.councilLoading) refuse(WorkflowErrorCode.WRONG_STATE, 'council session is not open yet');
    if (!this.council.members.some((m) => m.userId === actor.userId)) {
      refuse(WorkflowErrorCode.NOT_COUNCIL_MEMBER, 'voter is not a member of the council');
    }
    // A member who is the nominee (or heads the nominated collective) does not vote on it.
    if (this.input.nominee.recusedUserIds.includes(actor.userId)) {
      refuse(WorkflowErrorCode.RECUSED_MEMBER, 'member is recused from this proposal');
    }
    if (!VOTE_CHOICES.includes(choice)) refuse(WorkflowErrorCode.INVALID_VOTE, `unknown vote choice ${String(choice)}`);
    if (comment != null && (typeof comment !== 'string' || comment.length > MAX_COMMENT_LENGTH)) {
      refuse(WorkflowErrorCode.INVALID_VOTE, 'comment too long');
    }
  }

  async castVote({ actor, choice, comment }: CastVoteArgs): Promise<VoteView[]> {
    // A member may change the ballot until the session closes: the last one counts.
    const vote: VoteView = { memberUserId: actor.userId, choice, comment: comment ?? null };
    this.votes.set(actor.userId, vote);
    await this.activities.recordVote({ proposalId: this.input.proposalId, bodyId: this.input.bodyId, ...vote });
    return [...this.votes.values()];
  }

  validateCloseCouncil({ actor }: ActorArgs): void {
    this.requireStatus(ProposalStatus.IN_COUNCIL_REVIEW);
    if (!this.council || this.councilLoading) refuse(WorkflowErrorCode.WRONG_STATE, 'council session is not open yet');
    if (this.council.chairUserId !== actor.userId) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the council chair closes the session');
    if (!hasQuorum({ members: this.councilMembers(), presentMemberIds: [...this.votes.keys()], ruleSet: this.ruleSet })) {
      refuse(WorkflowErrorCode.QUORUM_NOT_MET, 'not enough members have voted for a quorum');
    }
  }

  async closeCouncil({ actor }: ActorArgs): Promise<NomineeTally> {
    const [tally] = tallyCouncilVotes({
      members: this.councilMembers(),
      presentMemberIds: [...this.votes.keys()],
      nominees: [{ id: this.input.proposalId, title: this.input.title, recusedMemberIds: this.input.nominee.recusedUserIds }],
      ballots: [...this.votes.values()].map((v) => ({ memberId: v.memberUserId, nomineeId: this.input.proposalId, choice: v.choice })),
      ruleSet: this.ruleSet,
    });
    this.tally = tally;
    const to = tally.passed ? ProposalStatus.APPROVED_BY_COUNCIL : ProposalStatus.REJECTED_BY_COUNCIL;
    await this.enter('CLOSE_COUNCIL_SESSION', actor, to, tally.reasonsVi.join('; ') || null);
    return tally;
  }

  // --- posting and decision --------------------------------------------------------------------

  async startPosting(plan: PostingPlan): Promise<void> {
    this.posting = { startsOn: plan.startsOn, endsOn: plan.endsOn };
    await this.enter('START_POSTING', null, ProposalStatus.PUBLICLY_POSTED, null);
  }

  validateDecide({ actor, approve, reason }: DecideArgs): void {
    this.requireStatus(ProposalStatus.AWAITING_DECISION);
    if (!actor.roles.includes('CHAIRMAN') && !actor.roles.includes('VICE_CHAIRMAN')) {
      refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the chairman or a vice-chairman decides');
    }
    if (typeof approve !== 'boolean') refuse(WorkflowErrorCode.NOT_ALLOWED, 'approve must be true or false');
    if (!approve && !reason?.trim()) refuse(WorkflowErrorCode.REASON_REQUIRED, 'a rejection needs a reason');
  }

  async decide({ actor, approve, reason }: DecideArgs): Promise<ProposalStatus> {
    if (approve) {
      this.signer = actor;
      await this.enter('DECIDE_APPROVE', actor, ProposalStatus.DECIDED, reason ?? null);
    } else {
      await this.enter('DECIDE_REJECT', actor, ProposalStatus.REJECTED, reason ?? null);
    }
    return this.status;
  }

  async issueDocuments(decision: AssignedDecision, document: IssuedDocument): Promise<void> {
    this.decision = {
      decisionId: decision.decisionId,
      numberText: decision.numberText,
      decisionDate: decision.decisionDate,
      documentSha256: document.sha256,
      amountVnd: document.amountVnd,
    };
    await this.enter('ISSUE_DOCUMENTS', null, ProposalStatus.DOCUMENTS_ISSUED, null);
  }

  // --- withdrawal ------------------------------------------------------------------------------

  validateWithdraw({ actor, reason }: WithdrawArgs): void {
    if (!WITHDRAWABLE.has(this.status)) refuse(WorkflowErrorCode.WRONG_STATE, `cannot withdraw in ${this.status}`);
    const ownUnit = actor.roles.includes('UNIT_HEAD') && actor.unitId === this.input.nominatingUnitId;
    if (!ownUnit) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the nominating unit withdraws its proposal');
    if (!reason?.trim()) refuse(WorkflowErrorCode.REASON_REQUIRED, 'a withdrawal needs a reason');
  }

  async withdraw({ actor, reason }: WithdrawArgs): Promise<ProposalStatus> {
    await this.enter('WITHDRAW', actor, ProposalStatus.WITHDRAWN, reason);
    return this.status;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private requireStatus(expected: ProposalStatus): void {
    if (this.status !== expected) refuse(WorkflowErrorCode.WRONG_STATE, `expected ${expected}, proposal is ${this.status}`);
  }

  private councilMembers(): { id: string; name: string }[] {
    return (this.council?.members ?? []).map((m) => ({ id: m.userId, name: m.name }));
  }

  private allowedActions(): HumanAction[] {
    const actions: HumanAction[] = [];
    if (this.status === ProposalStatus.SUBMITTED) actions.push('MARK_COMPLETE');
    if (this.status === ProposalStatus.IN_COUNCIL_REVIEW && this.council && !this.councilLoading) {
      actions.push('CAST_VOTE', 'CLOSE_COUNCIL_SESSION');
    }
    if (this.status === ProposalStatus.AWAITING_DECISION) actions.push('DECIDE');
    if (WITHDRAWABLE.has(this.status)) actions.push('WITHDRAW');
    return actions;
  }
}
