import type { NomineeTally, Role } from '@khenthuong/domain';
import {
  ProposalStatus,
  ROUND_STEPS,
  RoundStatus,
  WorkflowErrorCode,
  type ActorArgs,
  type CastRoundBallotArgs,
  type CouncilSnapshot,
  type DecideRoundArgs,
  type ProposalActivities,
  type RecordWrittenRoundBallotArgs,
  type RoundAction,
  type RoundActivities,
  type RoundDecisionView,
  type RoundEvent,
  type RoundInput,
  type RoundNominee,
  type RoundPostingExclusion,
  type RoundState,
  type RuleSetSnapshot,
  roundBallotSession,
} from '@khenthuong/temporal';
import type { Actor } from '@khenthuong/temporal';
import { CouncilSession } from '../shared/council-session';
import type { AttentionDesk } from '../shared/attention';
import { refuse } from '../shared/refuse';
import { countSealedBallots } from '../shared/sealed-ballots';
import { workflowRuleSet } from '../shared/rule-set-snapshot';
import type { SignatureDesk } from '../proposal/signature.desk';
import { ROUND_PAGE_SIZE, RoundDelivery } from './round.delivery';

/** State and human steps of one round; the workflow function sequences its phases. */
export class RoundProcess {
  status = RoundStatus.NOMINATING;
  readonly ruleSet: RuleSetSnapshot;
  council: CouncilSnapshot | null = null;
  session: CouncilSession | null = null;
  nominees: RoundNominee[] = [];
  tallies: NomineeTally[] = [];
  posting: { startsOn: string; endsOn: string } | null = null;
  postingRemainingMs = 0;
  postingVersion = 0;
  readonly decisions: RoundDecisionView[] = [];
  struck: string[] = [];
  decidedBy: Actor | null = null;
  decisionArgs: DecideRoundArgs | null = null;
  /** Proposals that answered the end of the posting without awaiting the decision; null before (or in runs recorded before the answer). */
  notAwaiting: RoundPostingExclusion[] | null = null;
  /** Set by the workflow: the decisions' signature on the signer's device (docs/signing.md). */
  signature: SignatureDesk | null = null;
  signatureRefusal: string | null = null;
  signatureRefusals = 0;
  readonly delivery: RoundDelivery;
  private pending: string | null = null;

  constructor(
    readonly input: RoundInput,
    readonly activities: ProposalActivities & RoundActivities,
    private readonly attention: AttentionDesk,
  ) {
    this.ruleSet = workflowRuleSet(input);
    this.delivery = new RoundDelivery(activities);
  }

  is(status: RoundStatus): boolean {
    return this.status === status;
  }

  async enter(status: RoundStatus): Promise<void> {
    this.status = status;
    await this.activities.recordRoundStatus({ roundId: this.input.roundId, status });
  }

  private async step<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.pending = name;
    try {
      return await body();
    } finally {
      this.pending = null;
    }
  }

  private require(status: RoundStatus, actor: Actor, roles: readonly Role[], what: string): void {
    if (this.status !== status) refuse(WorkflowErrorCode.WRONG_STATE, `expected ${status}, round is ${this.status}`);
    if (this.pending) refuse(WorkflowErrorCode.WRONG_STATE, `step ${this.pending} is still running`);
    if (!roles.some((r) => actor.roles.includes(r))) refuse(WorkflowErrorCode.NOT_ALLOWED, `only ${roles.join('/')} may ${what}`);
  }

  async listAll(status: ProposalStatus): Promise<RoundNominee[]> {
    const all: RoundNominee[] = [];
    for (let after: string | null = null; ; ) {
      const page = await this.activities.listRoundNominees({ roundId: this.input.roundId, status, afterProposalId: after, limit: ROUND_PAGE_SIZE });
      all.push(...page);
      if (page.length < ROUND_PAGE_SIZE) return all;
      after = page[page.length - 1].proposalId;
    }
  }

  eventId(kind: string): string {
    return `round-${this.input.roundId}:${kind}`;
  }

  // --- nominations ------------------------------------------------------------------------------

  validateCloseNominations({ actor }: ActorArgs): void {
    this.require(RoundStatus.NOMINATING, actor, ROUND_STEPS.CLOSE_NOMINATIONS.roles, 'close nominations');
  }

  closeNominations(): Promise<RoundStatus> {
    return this.step('closeNominations', async () => {
      await this.enter(RoundStatus.REVIEWING_DOSSIERS);
      return this.status;
    });
  }

  // --- council session --------------------------------------------------------------------------

  validateOpenCouncil({ actor }: ActorArgs): void {
    this.require(RoundStatus.REVIEWING_DOSSIERS, actor, ROUND_STEPS.OPEN_COUNCIL_SESSION.roles, 'open the council session');
  }

  /** Bulk action: every complete proposal of the round goes before the council at once. */
  openCouncil(): Promise<number> {
    return this.step('openCouncil', async () => {
      this.nominees = await this.listAll(ProposalStatus.AWAITING_COUNCIL);
      if (this.nominees.length === 0) refuse(WorkflowErrorCode.WRONG_STATE, 'no complete proposal waits for the council');
      this.council = await this.activities.loadCouncil({ bodyId: this.input.bodyId });
      const nominees = this.nominees.map((n) => ({ id: n.proposalId, title: n.title, recusedMemberIds: n.recusedUserIds }));
      this.session = new CouncilSession(this.council, nominees, this.input.secretBallot, this.ruleSet);
      await this.enter(RoundStatus.IN_COUNCIL_SESSION);
      const event: RoundEvent = { type: 'COUNCIL_OPENED', eventId: this.eventId('council-opened'), council: this.council };
      await this.delivery.announce([{ event, proposalIds: this.nominees.map((n) => n.proposalId) }]);
      return this.nominees.length;
    });
  }

  validateBallot(args: CastRoundBallotArgs): void {
    if (this.status !== RoundStatus.IN_COUNCIL_SESSION || !this.session || this.pending) refuse(WorkflowErrorCode.WRONG_STATE, 'no council session is open');
    this.validateBallotFor(args.actor.userId, args);
  }

  castBallot(args: CastRoundBallotArgs): Promise<number> {
    return this.cast(args.actor.userId, args, null);
  }

  validateWrittenBallot(args: RecordWrittenRoundBallotArgs): void {
    this.require(RoundStatus.IN_COUNCIL_SESSION, args.actor, ROUND_STEPS.RECORD_WRITTEN_BALLOT.roles, 'record a written ballot');
    if (typeof args.scanSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(args.scanSha256)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'written ballot needs the scan SHA-256');
    this.validateBallotFor(args.memberUserId, args);
  }

  recordWrittenBallot(args: RecordWrittenRoundBallotArgs): Promise<number> {
    return this.cast(args.memberUserId, args, args.scanSha256);
  }

  validateCloseCouncil({ actor }: ActorArgs): void {
    if (this.status !== RoundStatus.IN_COUNCIL_SESSION || !this.session || this.pending) refuse(WorkflowErrorCode.WRONG_STATE, 'no council session is open');
    if (this.session.council.chairUserId !== actor.userId) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the council chair closes the session');
    if (!this.session.hasQuorum()) refuse(WorkflowErrorCode.QUORUM_NOT_MET, 'not enough members have voted for a quorum');
  }

  closeCouncil(): Promise<{ passed: number; failed: number }> {
    return this.step('closeCouncil', async () => {
      const nominees = this.nominees.map((n) => ({ id: n.proposalId, recusedMemberIds: n.recusedUserIds }));
      await countSealedBallots(this.activities, this.session!, roundBallotSession(this.input.roundId), nominees, ROUND_PAGE_SIZE);
      this.tallies = this.session!.tally();
      await this.delivery.councilResults(this.eventId('council-result'), this.tallies);
      const summary = this.tallySummary()!;
      await this.enter(summary.passed > 0 ? RoundStatus.POSTING : RoundStatus.CLOSED);
      return summary;
    });
  }

  tallySummary(): { passed: number; failed: number } | null {
    if (this.tallies.length === 0) return null;
    const passed = this.tallies.filter((t) => t.passed).length;
    return { passed, failed: this.tallies.length - passed };
  }

  passedIds(): string[] {
    return this.tallies.filter((t) => t.passed).map((t) => t.nomineeId);
  }

  /** The passed nominees that answered the end of the posting as awaiting the decision. */
  acknowledgedAwaiting(): RoundNominee[] {
    const passed = new Set(this.passedIds());
    const excluded = new Set((this.notAwaiting ?? []).map((e) => e.proposalId));
    return this.nominees.filter((n) => passed.has(n.proposalId) && !excluded.has(n.proposalId));
  }

  // --- decision ---------------------------------------------------------------------------------

  validateDecide({ actor, approve, reason, struck }: DecideRoundArgs): void {
    this.require(RoundStatus.AWAITING_DECISION, actor, ROUND_STEPS.DECIDE.roles, 'decide on the round');
    if (typeof approve !== 'boolean') refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'approve must be true or false');
    if (!approve && (typeof reason !== 'string' || !reason.trim())) refuse(WorkflowErrorCode.REASON_REQUIRED, 'rejecting the list needs a reason');
    if (!Array.isArray(struck)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'struck must be a list');
    const passed = new Set(this.passedIds());
    for (const s of struck) {
      if (!passed.has(s?.proposalId)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, `proposal ${String(s?.proposalId)} is not on the approved list`);
      if (typeof s.reason !== 'string' || !s.reason.trim()) refuse(WorkflowErrorCode.REASON_REQUIRED, 'striking a nominee needs a reason');
    }
  }

  decide(args: DecideRoundArgs): Promise<RoundStatus> {
    return this.step('decideRound', async () => {
      this.decidedBy = args.actor;
      this.decisionArgs = args;
      this.signatureRefusal = null;
      this.struck = args.struck.map((s) => s.proposalId);
      await this.enter(RoundStatus.ISSUING);
      return this.status;
    });
  }

  state(): RoundState {
    return {
      roundId: this.input.roundId,
      name: this.input.name,
      status: this.status,
      nominationDeadline: this.input.nominationDeadline,
      nominees: this.nominees.length,
      voterIds: this.session?.voterIds() ?? [],
      council: this.council,
      secretBallot: this.input.secretBallot,
      tallies: this.tallySummary(),
      posting: this.posting,
      decisions: [...this.decisions],
      struck: [...this.struck],
      needsAttention: this.attention.problem,
      awaitingSignature: this.signature?.awaiting ?? null,
      signatureRefusal: this.signatureRefusal,
      allowedActions: this.attention.canRetry() ? [...this.allowedActions(), 'RETRY_STUCK_STEP'] : this.allowedActions(),
    };
  }

  private allowedActions(): RoundAction[] {
    if (this.pending) return [];
    switch (this.status) {
      case RoundStatus.NOMINATING:
        return ['CLOSE_NOMINATIONS'];
      case RoundStatus.REVIEWING_DOSSIERS:
        return ['OPEN_COUNCIL_SESSION'];
      case RoundStatus.IN_COUNCIL_SESSION:
        return ['CAST_ROUND_BALLOT', 'CLOSE_COUNCIL_SESSION'];
      case RoundStatus.POSTING:
        return ['EXTEND_POSTING'];
      case RoundStatus.AWAITING_DECISION:
        return ['DECIDE'];
      case RoundStatus.ISSUING:
        return this.signature?.awaiting ? ['RESEND_SIGNATURE_REQUEST'] : [];
      default:
        return [];
    }
  }

  private validateBallotFor(memberId: string, args: CastRoundBallotArgs): void {
    const session = this.session!;
    if (args.sealed !== undefined) return session.validateSealedBallot(memberId, args.sealed);
    session.refuseOpenBallotIfSecret();
    const { defaultChoice, exceptions } = args;
    if (!Array.isArray(exceptions)) refuse(WorkflowErrorCode.INVALID_VOTE, 'exceptions must be a list');
    const choices = session.expandDefault(
      memberId,
      defaultChoice,
      exceptions.map((e) => ({ nomineeId: e?.proposalId, choice: e?.choice, comment: e?.comment ?? null })),
    );
    session.validateBallot(memberId, choices);
  }

  private cast(memberId: string, args: CastRoundBallotArgs, scanSha256: string | null): Promise<number> {
    return this.step('castBallot', async () => {
      const session = this.session!;
      if (args.sealed !== undefined) {
        session.castSealed(memberId, args.sealed);
      } else {
        const exceptions = args.exceptions.map((e) => ({ nomineeId: e.proposalId, choice: e.choice, comment: e.comment ?? null }));
        session.cast(memberId, session.expandDefault(memberId, args.defaultChoice, exceptions), scanSha256 !== null);
      }
      await this.activities.recordRoundBallot({
        bodyId: this.input.bodyId,
        roundId: this.input.roundId,
        memberUserId: memberId,
        defaultChoice: session.secret ? null : (args.defaultChoice ?? null),
        exceptions: session.secret ? null : (args.exceptions ?? null),
        written: scanSha256 !== null,
        scanSha256,
      });
      return session.voterIds().length;
    });
  }
}
