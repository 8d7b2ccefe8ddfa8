import type { NomineeTally } from '@khenthuong/domain';
import {
  PROPOSAL_STEPS,
  ProposalStatus,
  WorkflowErrorCode,
  proposalBallotSession,
  type ActorArgs,
  type CastVoteArgs,
  type CouncilSnapshot,
  type CouncilView,
  type RecordWrittenVoteArgs,
  type VoteView,
} from '@khenthuong/temporal';
import { CouncilSession } from '../shared/council-session';
import { refuse } from '../shared/refuse';
import { countSealedBallots } from '../shared/sealed-ballots';
import type { ProposalCore } from './proposal.core';


/**
 * Council review of one proposal. An ad-hoc proposal (or one sent back to the council after an
 * upheld objection) holds a session of its own; in a round the round's workflow holds the ballots
 * and only the snapshot and the result arrive here.
 */
export class CouncilDesk {
  session: CouncilSession | null = null;
  roundCouncil: CouncilSnapshot | null = null;
  tally: NomineeTally | null = null;
  /** Set once the proposal has its own session although it belongs to a round. */
  detachedFromRound = false;

  constructor(private readonly core: ProposalCore) {}

  /** Opens a session of the proposal's own (the council snapshot is taken now: membership changes between terms). */
  async openOwnSession(reason: string | null): Promise<void> {
    const { input, activities } = this.core;
    if (this.core.inRound) this.detachedFromRound = true;
    this.tally = null;
    const council = await activities.loadCouncil({ bodyId: input.bodyId });
    const nominee = { id: input.proposalId, title: input.title, recusedMemberIds: input.nominee.recusedUserIds };
    this.session = new CouncilSession(council, [nominee], input.secretBallot === true, this.core.ruleSet);
    if (reason) await this.core.note('OPEN_COUNCIL_SESSION', null, reason);
  }

  /** The round opened its session with this proposal on the list. */
  async joinRoundSession(council: CouncilSnapshot): Promise<void> {
    this.roundCouncil = council;
    await this.core.enter('OPEN_COUNCIL_SESSION', null, ProposalStatus.IN_COUNCIL_REVIEW, null);
  }

  ownSessionOpen(): boolean {
    return this.core.is(ProposalStatus.IN_COUNCIL_REVIEW) && this.session !== null && !this.core.busy();
  }

  validateVote(args: CastVoteArgs): void {
    this.requireOwnSession();
    this.validateVoteOf(args.actor.userId, args);
  }

  castVote(args: CastVoteArgs): Promise<VoteView[]> {
    return this.cast(args.actor.userId, args, null);
  }

  validateWrittenVote(args: RecordWrittenVoteArgs): void {
    this.requireOwnSession();
    this.core.requireRole(args.actor, PROPOSAL_STEPS.RECORD_WRITTEN_VOTE.roles, 'record a written vote');
    if (typeof args.scanSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(args.scanSha256)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, 'written vote needs the scan SHA-256');
    this.validateVoteOf(args.memberUserId, args);
  }

  recordWrittenVote(args: RecordWrittenVoteArgs): Promise<VoteView[]> {
    return this.cast(args.memberUserId, args, args.scanSha256);
  }

  /** A sealed vote is checked for who casts it; an open one also for what it says. */
  private validateVoteOf(memberId: string, args: CastVoteArgs): void {
    const session = this.session!;
    if (args.sealed !== undefined) return session.validateSealedBallot(memberId, args.sealed);
    session.refuseOpenBallotIfSecret();
    session.validateBallot(memberId, [{ nomineeId: this.core.input.proposalId, choice: args.choice, comment: args.comment ?? null }]);
  }

  validateClose({ actor }: ActorArgs): void {
    this.requireOwnSession();
    if (this.session!.council.chairUserId !== actor.userId) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the council chair closes the session');
    if (!this.session!.hasQuorum()) refuse(WorkflowErrorCode.QUORUM_NOT_MET, 'not enough members have voted for a quorum');
  }

  closeSession({ actor }: ActorArgs): Promise<NomineeTally> {
    return this.core.step('closeCouncilSession', async () => {
      const session = this.session!;
      const { proposalId, nominee } = this.core.input;
      await countSealedBallots(this.core.activities, session, proposalBallotSession(proposalId), [{ id: proposalId, recusedMemberIds: nominee.recusedUserIds }]);
      const [tally] = session.tally();
      await this.applyResult(tally, actor);
      return tally;
    });
  }

  /** The tally decides the council's outcome, whoever computed it (this session or the round's). */
  async applyResult(tally: NomineeTally, actor: ActorArgs['actor'] | null): Promise<void> {
    this.tally = tally;
    await this.core.activities.recordTally({ proposalId: this.core.input.proposalId, tally });
    const to = tally.passed ? ProposalStatus.APPROVED_BY_COUNCIL : ProposalStatus.REJECTED_BY_COUNCIL;
    await this.core.enter('CLOSE_COUNCIL_SESSION', actor, to, tally.reasonsVi.join(' ') || null);
  }

  view(): CouncilView | null {
    const council = this.session?.council ?? this.roundCouncil;
    if (!council) return null;
    const id = this.core.input.proposalId;
    return {
      council,
      secretBallot: this.session?.secret ?? this.core.input.secretBallot === true,
      votes: this.session ? this.session.votesOn(id) : [],
      voterIds: this.session ? this.session.voterIds() : [],
      counts: this.session ? this.session.countsOn(id) : { agree: 0, disagree: 0, abstain: 0 },
    };
  }

  private requireOwnSession(): void {
    this.core.requireStatus(ProposalStatus.IN_COUNCIL_REVIEW);
    if (!this.session) {
      refuse(this.core.inRound ? WorkflowErrorCode.NOT_IN_ROUND : WorkflowErrorCode.WRONG_STATE, 'this proposal is voted on in its round');
    }
  }

  private async cast(memberId: string, args: CastVoteArgs, scanSha256: string | null): Promise<VoteView[]> {
    const session = this.session!;
    const written = scanSha256 !== null;
    // A member may change an open ballot until the session closes: the last one counts.
    if (args.sealed !== undefined) session.castSealed(memberId, args.sealed);
    else session.cast(memberId, [{ nomineeId: this.core.input.proposalId, choice: args.choice, comment: args.comment ?? null }], written);
    await this.core.activities.recordVote({
      proposalId: this.core.input.proposalId,
      bodyId: this.core.input.bodyId,
      memberUserId: memberId,
      choice: session.secret ? null : (args.choice ?? null),
      comment: session.secret ? null : (args.comment ?? null),
      written,
      scanSha256,
    });
    return session.votesOn(this.core.input.proposalId);
  }
}
