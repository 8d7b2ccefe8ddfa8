import { hasQuorum, tallyCouncilVotes, TEXT_LIMITS, type Ballot, type NomineeTally, type RuleSetValues, type TallyNominee, type VoteChoice } from '@khenthuong/domain';
import { WorkflowErrorCode, isSealedBallot, type CouncilSnapshot, type MemberSealedBallot, type SealedBallot, type SealedBallotCounts, type VoteView } from '@khenthuong/temporal';
import { refuse } from './refuse';

const VOTE_CHOICES: readonly VoteChoice[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];

export interface BallotChoice {
  nomineeId: string;
  choice: VoteChoice;
  comment: string | null;
}

type Counts = { agree: number; disagree: number; abstain: number };
const COUNT_KEY: Readonly<Record<VoteChoice, keyof Counts>> = { AGREE: 'agree', DISAGREE: 'disagree', ABSTAIN: 'abstain' };

/**
 * One sitting of the council over one or many nominees (Luật TĐKT 2022 Điều 90): who may vote on
 * what, ballots, quorum and the domain's tally. In a secret session it keeps the set of voters and
 * running totals only, so nothing held here links a member to a choice; a secret ballot cannot be
 * changed, since changing it would require knowing which one was the member's. A sealed ballot
 * (the api sealed its content) is held unread until the counting activity returns its totals.
 */
export class CouncilSession {
  private readonly open = new Map<string, Map<string, VoteView>>();
  private readonly voters = new Set<string>();
  private readonly counts = new Map<string, Counts>();
  private readonly sealed: MemberSealedBallot[] = [];
  private readonly nomineeById: Map<string, TallyNominee>;

  constructor(
    readonly council: CouncilSnapshot,
    private readonly nominees: TallyNominee[],
    readonly secret: boolean,
    private readonly ruleSet: RuleSetValues,
  ) {
    this.nomineeById = new Map(nominees.map((n) => [n.id, n]));
  }

  isMember(userId: string): boolean {
    return this.council.members.some((m) => m.userId === userId);
  }

  isRecused(memberId: string, nomineeId: string): boolean {
    return this.nomineeById.get(nomineeId)?.recusedMemberIds?.includes(memberId) ?? false;
  }

  nomineeIds(): string[] {
    return this.nominees.map((n) => n.id);
  }

  /** Refuses a ballot the tally would reject, before it reaches history. */
  validateBallot(memberId: string, choices: BallotChoice[]): void {
    if (!this.isMember(memberId)) refuse(WorkflowErrorCode.NOT_COUNCIL_MEMBER, 'voter is not a member of the council');
    if (this.secret && this.voters.has(memberId)) refuse(WorkflowErrorCode.ALREADY_VOTED, 'a secret ballot cannot be changed');
    if (choices.length === 0) refuse(WorkflowErrorCode.INVALID_VOTE, 'the ballot names no nominee');
    const seen = new Set<string>();
    for (const c of choices) {
      if (!this.nomineeById.has(c.nomineeId)) refuse(WorkflowErrorCode.INVALID_VOTE, `nominee ${String(c.nomineeId)} is not in this session`);
      if (seen.has(c.nomineeId)) refuse(WorkflowErrorCode.INVALID_VOTE, `nominee ${c.nomineeId} appears twice on the ballot`);
      seen.add(c.nomineeId);
      // A member who is the nominee (or heads the nominated collective) does not vote on it.
      if (this.isRecused(memberId, c.nomineeId)) refuse(WorkflowErrorCode.RECUSED_MEMBER, `member is recused from ${c.nomineeId}`);
      if (!VOTE_CHOICES.includes(c.choice)) refuse(WorkflowErrorCode.INVALID_VOTE, `unknown vote choice ${String(c.choice)}`);
      if (c.comment != null && (typeof c.comment !== 'string' || c.comment.length > TEXT_LIMITS.voteComment)) {
        refuse(WorkflowErrorCode.INVALID_VOTE, 'comment too long');
      }
    }
  }

  /**
   * Who may cast a sealed ballot, from what is not secret: the session is secret, the voter a
   * member who has not voted yet and may vote on some nominee. Its content is checked by the api
   * before sealing and opened only by the counting activity.
   */
  validateSealedBallot(memberId: string, sealed: SealedBallot): void {
    if (!this.secret) refuse(WorkflowErrorCode.INVALID_VOTE, 'an open session takes open ballots');
    if (!isSealedBallot(sealed)) refuse(WorkflowErrorCode.INVALID_VOTE, 'not a sealed ballot');
    if (!this.isMember(memberId)) refuse(WorkflowErrorCode.NOT_COUNCIL_MEMBER, 'voter is not a member of the council');
    if (this.voters.has(memberId)) refuse(WorkflowErrorCode.ALREADY_VOTED, 'a secret ballot cannot be changed');
    if (this.nominees.every((n) => this.isRecused(memberId, n.id))) refuse(WorkflowErrorCode.RECUSED_MEMBER, 'member is recused from every nominee');
  }

  /** A secret session refuses open ballots (their content would stay in history). */
  refuseOpenBallotIfSecret(): void {
    if (this.secret) refuse(WorkflowErrorCode.INVALID_VOTE, 'a secret session takes sealed ballots only');
  }

  castSealed(memberId: string, sealed: SealedBallot): void {
    this.voters.add(memberId);
    this.sealed.push({ memberUserId: memberId, sealed });
  }

  sealedBallots(): MemberSealedBallot[] {
    return [...this.sealed];
  }

  /** Adds the counting activity's totals of sealed ballots to the session's totals. */
  addSealedCounts(page: SealedBallotCounts[]): void {
    for (const c of page) {
      const counts = this.counts.get(c.nomineeId) ?? { agree: 0, disagree: 0, abstain: 0 };
      counts.agree += c.agree;
      counts.disagree += c.disagree;
      counts.abstain += c.abstain;
      this.counts.set(c.nomineeId, counts);
    }
  }

  /** "Agree with all except …": the default for every nominee the member may vote on, then the exceptions. */
  expandDefault(memberId: string, defaultChoice: VoteChoice, exceptions: BallotChoice[]): BallotChoice[] {
    const byNominee = new Map(exceptions.map((e) => [e.nomineeId, e]));
    const choices: BallotChoice[] = [];
    for (const n of this.nominees) {
      const exception = byNominee.get(n.id);
      if (exception) choices.push(exception);
      else if (!this.isRecused(memberId, n.id)) choices.push({ nomineeId: n.id, choice: defaultChoice, comment: null });
    }
    // Exceptions naming nominees outside the session stay in, so validateBallot refuses them.
    for (const e of exceptions) if (!this.nomineeById.has(e.nomineeId)) choices.push(e);
    return choices;
  }

  /** Records a validated ballot; an open ballot replaces the member's earlier one. */
  cast(memberId: string, choices: BallotChoice[], written: boolean): void {
    this.voters.add(memberId);
    if (this.secret) {
      for (const c of choices) {
        const counts = this.counts.get(c.nomineeId) ?? { agree: 0, disagree: 0, abstain: 0 };
        counts[COUNT_KEY[c.choice]] += 1;
        this.counts.set(c.nomineeId, counts);
      }
      return;
    }
    const ballot = this.open.get(memberId) ?? new Map<string, VoteView>();
    for (const c of choices) ballot.set(c.nomineeId, { memberUserId: memberId, choice: c.choice, comment: c.comment, written });
    this.open.set(memberId, ballot);
  }

  voterIds(): string[] {
    return [...this.voters];
  }

  hasQuorum(): boolean {
    return hasQuorum({ members: this.members(), presentMemberIds: this.voterIds(), ruleSet: this.ruleSet });
  }

  /** Open ballots on one nominee; empty in a secret session. */
  votesOn(nomineeId: string): VoteView[] {
    const votes: VoteView[] = [];
    for (const ballot of this.open.values()) {
      const vote = ballot.get(nomineeId);
      if (vote) votes.push(vote);
    }
    return votes;
  }

  countsOn(nomineeId: string): Counts {
    if (this.secret) return { ...(this.counts.get(nomineeId) ?? { agree: 0, disagree: 0, abstain: 0 }) };
    const counts = { agree: 0, disagree: 0, abstain: 0 };
    for (const v of this.votesOn(nomineeId)) counts[COUNT_KEY[v.choice]] += 1;
    return counts;
  }

  tally(): NomineeTally[] {
    return tallyCouncilVotes({
      members: this.members(),
      presentMemberIds: this.voterIds(),
      nominees: this.nominees,
      ballots: this.secret ? this.anonymousBallots() : this.openBallots(),
      ruleSet: this.ruleSet,
      secretBallot: this.secret,
      // A casting vote needs a known chair ballot, which a secret session does not have.
      chairMemberId: this.secret ? undefined : this.council.chairUserId,
    });
  }

  private members(): { id: string; name: string }[] {
    return this.council.members.map((m) => ({ id: m.userId, name: m.name }));
  }

  private openBallots(): Ballot[] {
    const ballots: Ballot[] = [];
    for (const [memberId, ballot] of this.open) {
      for (const [nomineeId, v] of ballot) ballots.push({ memberId, nomineeId, choice: v.choice });
    }
    return ballots;
  }

  /**
   * The domain tally takes ballots by member; a secret session has totals only. The totals are dealt
   * to the voters who may vote on each nominee in a fixed order: every count is the same, and the
   * pairing means nothing (the chair's casting vote does not apply to secret sessions).
   */
  private anonymousBallots(): Ballot[] {
    const ballots: Ballot[] = [];
    const voters = [...this.voters].sort();
    for (const n of this.nominees) {
      const counts = this.counts.get(n.id);
      if (!counts) continue;
      const eligible = voters.filter((id) => !this.isRecused(id, n.id));
      const choices: VoteChoice[] = [
        ...Array<VoteChoice>(counts.agree).fill('AGREE'),
        ...Array<VoteChoice>(counts.disagree).fill('DISAGREE'),
        ...Array<VoteChoice>(counts.abstain).fill('ABSTAIN'),
      ];
      choices.forEach((choice, i) => ballots.push({ memberId: eligible[i], nomineeId: n.id, choice }));
    }
    return ballots;
  }
}
