import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { NomineeTally, VoteChoice } from '@khenthuong/domain';
import type { Actor, HigherLevelResult, ObjectionOutcome, ProposalState, ProposalStatus, VoteView } from './proposal.contracts';
import type { EndRoundPostingArgs, RoundEvent, RoundPostingOutcome } from './round.contracts';
import type { SealedBallot } from './sealed-ballot';

export interface ActorArgs {
  actor: Actor;
}
export interface ReturnForPapersArgs extends ActorArgs {
  /** One entry per missing or faulty paper, each with its reason. */
  items: { paper: string; reason: string }[];
}
export interface ResubmitArgs extends ActorArgs {
  note?: string | null;
}
export interface OpenVote {
  choice: VoteChoice;
  comment?: string | null;
  sealed?: undefined;
}
/** A secret session's vote: its content (a VoteContent) travels sealed. */
export interface SealedVote {
  sealed: SealedBallot;
  choice?: undefined;
  comment?: undefined;
}
/** What a sealed vote holds once opened. */
export interface VoteContent {
  choice: VoteChoice;
  comment: string | null;
}
export type CastVoteArgs = ActorArgs & (OpenVote | SealedVote);
export type RecordWrittenVoteArgs = CastVoteArgs & {
  memberUserId: string;
  /** SHA-256 of the scanned paper ballot stored in the archive. */
  scanSha256: string;
};
export interface ExtendPostingArgs extends ActorArgs {
  workingDays: number;
  reason: string;
}
export interface ObjectionSignalArgs {
  /** Chosen by the api (uuid), so a repeated delivery is recognised. */
  objectionId: string;
  text: string;
  receivedAt: string;
}
export interface ResolveObjectionArgs extends ActorArgs {
  objectionId: string;
  outcome: ObjectionOutcome;
  reason: string;
}
/** Several open objections found groundless for one reason (duplicates of a flood, one rumour repeated). */
export interface DismissObjectionsArgs extends ActorArgs {
  objectionIds: string[];
  reason: string;
}
export interface DecideArgs extends ActorArgs {
  approve: boolean;
  reason?: string | null;
}
export interface HigherLevelResultArgs extends ActorArgs {
  result: HigherLevelResult;
}
export interface WithdrawArgs extends ActorArgs {
  reason: string;
}

export const markDossierCompleteUpdate = defineUpdate<ProposalStatus, [ActorArgs]>('markDossierComplete');
export const returnForPapersUpdate = defineUpdate<ProposalStatus, [ReturnForPapersArgs]>('returnForPapers');
export const resubmitUpdate = defineUpdate<ProposalStatus, [ResubmitArgs]>('resubmit');
export const castVoteUpdate = defineUpdate<VoteView[], [CastVoteArgs]>('castVote');
export const recordWrittenVoteUpdate = defineUpdate<VoteView[], [RecordWrittenVoteArgs]>('recordWrittenVote');
export const closeCouncilSessionUpdate = defineUpdate<NomineeTally, [ActorArgs]>('closeCouncilSession');
export const extendPostingUpdate = defineUpdate<ProposalStatus, [ExtendPostingArgs]>('extendPosting');
export const resolveObjectionUpdate = defineUpdate<ProposalStatus, [ResolveObjectionArgs]>('resolveObjection');
export const dismissObjectionsUpdate = defineUpdate<ProposalStatus, [DismissObjectionsArgs]>('dismissObjections');
export const decideUpdate = defineUpdate<ProposalStatus, [DecideArgs]>('decide');
export const recordHigherLevelResultUpdate = defineUpdate<ProposalStatus, [HigherLevelResultArgs]>('recordHigherLevelResult');
export const withdrawUpdate = defineUpdate<ProposalStatus, [WithdrawArgs]>('withdraw');
/** Anyone may object while the list is posted; the api validates and rate-limits before signalling. */
export const submitObjectionSignal = defineSignal<[ObjectionSignalArgs]>('submitObjection');
/** The round workflow's fan-out activity tells each of its proposals what the round did. */
export const roundEventSignal = defineSignal<[RoundEvent]>('roundEvent');
/**
 * The round ends its posting through an Update, so it decides only over proposals that have
 * acknowledged the end (and says which of them await the decision), never over a read-model snapshot.
 */
export const endRoundPostingUpdate = defineUpdate<RoundPostingOutcome, [EndRoundPostingArgs]>('endRoundPosting');
export const proposalStateQuery = defineQuery<ProposalState>('proposalState');
