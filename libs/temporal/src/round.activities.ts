import type { NomineeTally, VoteChoice } from '@khenthuong/domain';
import type { ProposalStatus } from './proposal.contracts';
import type { RoundBallotException, RoundEvent, RoundNominee, RoundPostingOutcome, RoundStatus } from './round.contracts';

/** What the round workflow asks of the outside world (apps/worker/src/activities/round.activities.ts). */
export interface RoundActivities {
  recordRoundStatus(input: { roundId: string; status: RoundStatus }): Promise<void>;
  /**
   * Proposals of the round in one status, a page at a time in a stable order (proposal id), so no
   * single activity result grows with the round.
   */
  listRoundNominees(input: { roundId: string; status: ProposalStatus; afterProposalId: string | null; limit: number }): Promise<RoundNominee[]>;
  /**
   * Delivers round events to proposal workflows (a signal into each one's own history, never many
   * into the round's). Heartbeats its progress so a retry resumes where it stopped.
   */
  signalRoundProposals(input: { deliveries: { proposalId: string; event: RoundEvent }[] }): Promise<number>;
  /** One event to a page of proposals: the event travels once, not once per proposal. Heartbeats its progress. */
  announceRoundEvent(input: { event: RoundEvent; proposalIds: string[] }): Promise<number>;
  /** Records a page of the council's tallies in the read model, then tells each proposal its own result. */
  deliverCouncilResults(input: CouncilResultPage): Promise<number>;
  /**
   * Ends the posting on a page of proposals through endRoundPostingUpdate, each answering once it
   * awaits the decision (recorded) or cannot; returns only those that do not await it, so the
   * result stays small. Heartbeats its progress, and a retry resumes where the last attempt stopped.
   */
  endRoundPosting(input: { eventId: string; proposalIds: string[] }): Promise<RoundPostingExclusion[]>;
  remindUnitsWithoutProposals(input: { bodyId: string; roundId: string; eventKey: string }): Promise<number>;
  recordRoundBallot(input: RecordRoundBallotInput): Promise<void>;
  recordRoundTallies(input: { tallies: NomineeTally[] }): Promise<void>;
  /**
   * Stores a page of a list a round's paper is about (`offset` is the position of its first id);
   * the paper's input then names the list by `listKey`. Idempotent: a page stored twice stays once.
   */
  storeProposalList(input: { listKey: string; offset: number; proposalIds: string[] }): Promise<void>;
}

/**
 * A page of council results. Nominees with the same votes share one outcome (reasons included), so
 * the page carries each distinct outcome once and a few bytes per nominee.
 */
export interface CouncilResultPage {
  eventId: string;
  outcomes: Omit<NomineeTally, 'nomineeId'>[];
  nominees: { proposalId: string; outcome: number }[];
}

/** The tallies of a page, each nominee's outcome with its id. */
export function talliesOf(page: Pick<CouncilResultPage, 'outcomes' | 'nominees'>): NomineeTally[] {
  return page.nominees.map(({ proposalId, outcome }) => ({ nomineeId: proposalId, ...page.outcomes[outcome]! }));
}

/** A proposal that does not await the round's decision, and why. */
export interface RoundPostingExclusion {
  proposalId: string;
  outcome: Exclude<RoundPostingOutcome, 'AWAITING_DECISION'>;
}

export interface RecordRoundBallotInput {
  bodyId: string;
  roundId: string;
  memberUserId: string;
  /** In a secret session both are null: only participation is stored, totals at the close. */
  defaultChoice: VoteChoice | null;
  exceptions: RoundBallotException[] | null;
  written: boolean;
  scanSha256: string | null;
}
