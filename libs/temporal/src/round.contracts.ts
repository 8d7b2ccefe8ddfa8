import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AwardTitle, IsoDate, NomineeTally, RuleSetOverrides, VoteChoice } from '@khenthuong/domain';
import type { NeedsAttentionView, RuleSetSnapshot } from './attention.contracts';
import type { RemoteSignatureRequestView } from './remote-signing.contracts';
import type { SealedBallot } from './sealed-ballot';
import type { Actor, CouncilSnapshot } from './proposal.contracts';
import type { ActorArgs, DecideArgs, ExtendPostingArgs } from './proposal.updates';

export const roundWorkflowId = (roundId: string): string => `round-${roundId}`;

/** YEAR_END: the annual round; CAMPAIGN: a themed (chuyên đề) or short campaign; CULTURAL_FAMILY: the yearly Gia đình văn hóa review. */
export type RoundKind = 'YEAR_END' | 'CAMPAIGN' | 'CULTURAL_FAMILY';

export enum RoundStatus {
  NOMINATING = 'NOMINATING',
  REVIEWING_DOSSIERS = 'REVIEWING_DOSSIERS',
  IN_COUNCIL_SESSION = 'IN_COUNCIL_SESSION',
  POSTING = 'POSTING',
  AWAITING_DECISION = 'AWAITING_DECISION',
  ISSUING = 'ISSUING',
  CLOSED = 'CLOSED',
}

export interface RoundInput {
  roundId: string;
  bodyId: string;
  name: string;
  kind: RoundKind;
  year: number;
  ruleSetId: string;
  referenceDate: IsoDate;
  /** Nominations close at the end of this day (Vietnam time). */
  nominationDeadline: IsoDate;
  /** Units without a proposal are reminded this many working days before the deadline (ward setting, not law). */
  reminderWorkingDaysBefore: number;
  secretBallot: boolean;
  /** The body's administrator values of configurable parameters, fixed when the round opens. */
  ruleSetOverrides?: RuleSetOverrides;
  /** The resolved rule-set values (overrides applied), fixed when the round opens; absent in runs started before. */
  ruleSetSnapshot?: RuleSetSnapshot;
  /** Demo rounds only (DEMO_ROUNDS): the list stays posted this many seconds instead of working days. */
  demoPostingPeriodSeconds?: number;
}

/** One proposal of the round as the council sees it. */
export interface RoundNominee {
  proposalId: string;
  title: AwardTitle;
  nomineeName: string;
  unitId: string;
  recusedUserIds: string[];
}

/** What the round tells each proposal; `eventId` makes a repeated delivery harmless. */
export type RoundEvent =
  | { type: 'COUNCIL_OPENED'; eventId: string; council: CouncilSnapshot }
  | { type: 'COUNCIL_RESULT'; eventId: string; tally: NomineeTally }
  | { type: 'POSTING_STARTED'; eventId: string; startsOn: IsoDate; endsOn: IsoDate }
  | { type: 'POSTING_ENDED'; eventId: string }
  /** The round decided without this proposal (an objection was still open): it is decided on its own. */
  | { type: 'DETACHED'; eventId: string; reason: string }
  | {
      type: 'DECIDED';
      eventId: string;
      approved: boolean;
      reason: string | null;
      signer: Actor;
      decision: { decisionId: string; numberText: string; decisionDate: IsoDate; documentSha256: string } | null;
    };

/**
 * What a proposal answers when the round ends its posting (endRoundPostingUpdate): it awaits the
 * round's decision, it still has objections open (the round decides without it), or it left the
 * list (withdrawn, refused, sent back to the council).
 */
export type RoundPostingOutcome = 'AWAITING_DECISION' | 'RESOLVING_OBJECTIONS' | 'LEFT_ROUND';

export interface EndRoundPostingArgs {
  /** The round's POSTING_ENDED event id: a repeated delivery is answered without acting twice. */
  eventId: string;
}

export interface RoundBallotException {
  proposalId: string;
  choice: VoteChoice;
  comment?: string | null;
}

export interface OpenRoundBallot {
  /** "Agree with all except …": the choice for every nominee not listed in `exceptions`. */
  defaultChoice: VoteChoice;
  exceptions: RoundBallotException[];
  sealed?: undefined;
}
/** A secret session's ballot: its content (a RoundBallotContent) travels sealed. */
export interface SealedRoundBallot {
  sealed: SealedBallot;
  defaultChoice?: undefined;
  exceptions?: undefined;
}
export type CastRoundBallotArgs = ActorArgs & (OpenRoundBallot | SealedRoundBallot);
export type RecordWrittenRoundBallotArgs = CastRoundBallotArgs & {
  memberUserId: string;
  scanSha256: string;
};
export interface DecideRoundArgs extends DecideArgs {
  /** Nominees the chairman strikes from the list, each with a reason. */
  struck: { proposalId: string; reason: string }[];
}

export interface RoundDecisionView {
  title: AwardTitle;
  numberText: string;
  decisionDate: IsoDate;
  documentSha256: string;
  awardees: number;
}

export interface RoundState {
  roundId: string;
  name: string;
  status: RoundStatus;
  nominationDeadline: IsoDate;
  nominees: number;
  /** Members who have cast a ballot (never what they chose in a secret session). */
  voterIds: string[];
  council: CouncilSnapshot | null;
  secretBallot: boolean;
  tallies: { passed: number; failed: number } | null;
  posting: { startsOn: IsoDate; endsOn: IsoDate } | null;
  decisions: RoundDecisionView[];
  /** Proposals struck by the chairman. */
  struck: string[];
  /** A step failed for good and waits for a person. */
  needsAttention: NeedsAttentionView | null;
  /** The round's decision of one title waits for its signer's approval on their device. */
  awaitingSignature?: RemoteSignatureRequestView | null;
  /** "Người ký từ chối ký số …" after a refusal, until the round is decided again. */
  signatureRefusal?: string | null;
  allowedActions: RoundAction[];
}

/** Human actions the round workflow can offer; each is described once in ROUND_STEPS. */
export const ROUND_ACTIONS = ['CLOSE_NOMINATIONS', 'OPEN_COUNCIL_SESSION', 'CAST_ROUND_BALLOT', 'CLOSE_COUNCIL_SESSION', 'EXTEND_POSTING', 'DECIDE', 'RESEND_SIGNATURE_REQUEST', 'RETRY_STUCK_STEP'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export const closeNominationsUpdate = defineUpdate<RoundStatus, [ActorArgs]>('closeNominations');
export const openRoundCouncilUpdate = defineUpdate<number, [ActorArgs]>('openRoundCouncil');
export const castRoundBallotUpdate = defineUpdate<number, [CastRoundBallotArgs]>('castRoundBallot');
export const recordWrittenRoundBallotUpdate = defineUpdate<number, [RecordWrittenRoundBallotArgs]>('recordWrittenRoundBallot');
export const closeRoundCouncilUpdate = defineUpdate<{ passed: number; failed: number }, [ActorArgs]>('closeRoundCouncil');
export const extendRoundPostingUpdate = defineUpdate<RoundStatus, [ExtendPostingArgs]>('extendRoundPosting');
export const decideRoundUpdate = defineUpdate<RoundStatus, [DecideRoundArgs]>('decideRound');
export const roundStateQuery = defineQuery<RoundState>('roundState');
