import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AwardTitle, IsoDate, NomineeTally, RecipientKind, Role, VoteChoice } from '@khenthuong/domain';

export const PROPOSAL_TASK_QUEUE = 'khenthuong-proposals';
/** Rendering runs on its own queue so PDF concurrency is bounded separately from workflow work. */
export const DOCUMENTS_TASK_QUEUE = 'khenthuong-documents';

export const proposalWorkflowId = (proposalId: string): string => `proposal-${proposalId}`;

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  IN_COUNCIL_REVIEW = 'IN_COUNCIL_REVIEW',
  APPROVED_BY_COUNCIL = 'APPROVED_BY_COUNCIL',
  REJECTED_BY_COUNCIL = 'REJECTED_BY_COUNCIL',
  PUBLICLY_POSTED = 'PUBLICLY_POSTED',
  AWAITING_DECISION = 'AWAITING_DECISION',
  DECIDED = 'DECIDED',
  DOCUMENTS_ISSUED = 'DOCUMENTS_ISSUED',
  REJECTED = 'REJECTED',
  ESCALATED = 'ESCALATED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Who performs a human step; resolved and authenticated by the api before it reaches the workflow. */
export interface Actor {
  userId: string;
  displayName: string;
  roles: Role[];
  /** The unit a unit head acts for. */
  unitId: string | null;
}

export interface NomineeRef {
  kind: RecipientKind;
  name: string;
  unitId: string | null;
  personId: string | null;
  /** Users who are themselves the nominee (or lead it) and so may not vote on it. */
  recusedUserIds: string[];
}

export interface ProposalInput {
  proposalId: string;
  bodyId: string;
  title: AwardTitle;
  year: number;
  ruleSetId: string;
  referenceDate: IsoDate;
  nominatingUnitId: string;
  nominee: NomineeRef;
  achievement: string;
  submittedBy: Actor;
}

export interface CouncilSnapshot {
  councilId: string;
  chairUserId: string;
  members: { userId: string; name: string }[];
}

export interface HistoryEntry {
  sequence: number;
  action: ProposalAction;
  actorUserId: string | null;
  actorName: string | null;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  reason: string | null;
  /** Workflow time (deterministic, recorded in history), ISO 8601. */
  at: string;
}

export type ProposalAction =
  | 'SUBMIT'
  | 'MARK_COMPLETE'
  | 'CLOSE_COUNCIL_SESSION'
  | 'START_POSTING'
  | 'END_POSTING'
  | 'DECIDE_APPROVE'
  | 'DECIDE_REJECT'
  | 'ISSUE_DOCUMENTS'
  | 'ESCALATE'
  | 'WITHDRAW';

export interface VoteView {
  memberUserId: string;
  choice: VoteChoice;
  comment: string | null;
}

export interface IssuedDecision {
  decisionId: string;
  numberText: string;
  decisionDate: IsoDate;
  documentSha256: string;
  amountVnd: number | null;
}

export interface ProposalState {
  proposalId: string;
  status: ProposalStatus;
  title: AwardTitle;
  ruleSetId: string;
  history: HistoryEntry[];
  council: CouncilSnapshot | null;
  votes: VoteView[];
  tally: NomineeTally | null;
  posting: { startsOn: IsoDate; endsOn: IsoDate } | null;
  decision: IssuedDecision | null;
  /** Human actions the workflow accepts now (who may perform them is checked per caller). */
  allowedActions: HumanAction[];
}

export type HumanAction = 'MARK_COMPLETE' | 'CAST_VOTE' | 'CLOSE_COUNCIL_SESSION' | 'DECIDE' | 'WITHDRAW';

export interface ActorArgs {
  actor: Actor;
}
export interface CastVoteArgs extends ActorArgs {
  choice: VoteChoice;
  comment?: string | null;
}
export interface DecideArgs extends ActorArgs {
  approve: boolean;
  reason?: string | null;
}
export interface WithdrawArgs extends ActorArgs {
  reason: string;
}

export const markDossierCompleteUpdate = defineUpdate<ProposalStatus, [ActorArgs]>('markDossierComplete');
export const castVoteUpdate = defineUpdate<VoteView[], [CastVoteArgs]>('castVote');
export const closeCouncilSessionUpdate = defineUpdate<NomineeTally, [ActorArgs]>('closeCouncilSession');
export const decideUpdate = defineUpdate<ProposalStatus, [DecideArgs]>('decide');
export const withdrawUpdate = defineUpdate<ProposalStatus, [WithdrawArgs]>('withdraw');
export const proposalStateQuery = defineQuery<ProposalState>('proposalState');
