import {
  FINAL_STATUSES,
  ProposalStatus,
  WorkflowErrorCode,
  type Actor,
  type HistoryEntry,
  type ProposalAction,
  type ProposalActivities,
  type ProposalInput,
  type RecordTransitionInput,
  type RuleSetSnapshot,
} from '@khenthuong/temporal';
import type { Role } from '@khenthuong/domain';
import { refuse } from '../shared/refuse';
import { workflowRuleSet } from '../shared/rule-set-snapshot';
import { workflowClock } from '../shared/workflow-clock';

/**
 * The state every desk of a proposal shares: status, history and the one way to change status
 * (`enter`), which mirrors each transition into the read model and audit log by an activity.
 */
export class ProposalCore {
  status: ProposalStatus = ProposalStatus.SUBMITTED;
  readonly history: HistoryEntry[] = [];
  readonly ruleSet: RuleSetSnapshot;
  /** Set while a handler is between its validation and its transition, so a double click cannot run twice. */
  private pendingStep: string | null = null;
  /** Transitions whose mirroring into the read model has not finished yet. */
  private recordsInFlight = 0;

  constructor(
    readonly input: ProposalInput,
    readonly activities: ProposalActivities,
    readonly workflowId: string,
  ) {
    this.ruleSet = workflowRuleSet(input);
    this.transition('SUBMIT', input.submittedBy, ProposalStatus.SUBMITTED, null);
  }

  get inRound(): boolean {
    return Boolean(this.input.roundId);
  }

  /** A method, not a field comparison, so the compiler does not narrow across awaits that handlers interleave. */
  is(status: ProposalStatus): boolean {
    return this.status === status;
  }

  isFinal(): boolean {
    return FINAL_STATUSES.includes(this.status);
  }

  busy(): boolean {
    return this.pendingStep !== null;
  }

  /** True once every transition so far is in the read model (what a round reads next is current). */
  recorded(): boolean {
    return this.recordsInFlight === 0;
  }

  /** Runs a handler's step with the proposal marked busy, so validators refuse a concurrent one. */
  async step<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.pendingStep = name;
    try {
      return await body();
    } finally {
      this.pendingStep = null;
    }
  }

  recordSubmission(): Promise<void> {
    return this.record(this.history[0], this.input.submittedBy);
  }

  /** Moves to a new status and mirrors the transition into the read model and audit log. */
  async enter(action: ProposalAction, actor: Actor | null, to: ProposalStatus, reason: string | null, extra: Pick<RecordTransitionInput, 'higherLevelResult'> = {}): Promise<void> {
    await this.record(this.transition(action, actor, to, reason), actor, extra);
  }

  /** An audited event that leaves the status as it is (an objection received, an overdue flag). */
  async note(action: ProposalAction, actor: Actor | null, reason: string | null): Promise<void> {
    await this.enter(action, actor, this.status, reason);
  }

  requireStatus(...expected: ProposalStatus[]): void {
    if (!expected.includes(this.status)) refuse(WorkflowErrorCode.WRONG_STATE, `expected ${expected.join('|')}, proposal is ${this.status}`);
    if (this.pendingStep) refuse(WorkflowErrorCode.WRONG_STATE, `step ${this.pendingStep} is still running`);
  }

  requireRole(actor: Actor, roles: readonly Role[], what: string): void {
    if (!roles.some((r) => actor.roles.includes(r))) refuse(WorkflowErrorCode.NOT_ALLOWED, `only ${roles.join('/')} may ${what}`);
  }

  requireNominatingUnit(actor: Actor, roles: readonly Role[], what: string): void {
    const ownUnit = roles.some((r) => actor.roles.includes(r)) && actor.unitId === this.input.nominatingUnitId;
    if (!ownUnit) refuse(WorkflowErrorCode.NOT_ALLOWED, `only the nominating unit may ${what}`);
  }

  requireText(value: unknown, code: WorkflowErrorCode, what: string, max = 2000): void {
    if (typeof value !== 'string' || !value.trim() || value.length > max) refuse(code, `${what} must be 1–${max} characters`);
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

  private async record(entry: HistoryEntry, actor: Actor | null, extra: Pick<RecordTransitionInput, 'higherLevelResult'> = {}): Promise<void> {
    this.recordsInFlight += 1;
    try {
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
        ...extra,
      });
    } finally {
      this.recordsInFlight -= 1;
    }
  }
}
