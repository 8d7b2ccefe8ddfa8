import type { IsoDate, VoteChoice } from '@khenthuong/domain';
import type { Actor, CouncilSnapshot, ProposalAction, ProposalStatus } from './proposal.contracts';

/**
 * What the proposal workflow asks of the outside world. The worker implements it
 * (apps/worker/src/activities); the workflow sees only this type, so the two cannot drift apart.
 * Every activity is idempotent: a retry after a crash writes nothing twice.
 */
export interface ProposalActivities {
  loadCouncil(input: { bodyId: string }): Promise<CouncilSnapshot>;
  recordTransition(input: RecordTransitionInput): Promise<void>;
  recordVote(input: RecordVoteInput): Promise<void>;
  planPostingPeriod(input: { bodyId: string; ruleSetId: string; referenceDate: IsoDate }): Promise<PostingPlan>;
  assignDecisionNumber(input: AssignDecisionNumberInput): Promise<AssignedDecision>;
}

/** Rendering activities, served on DOCUMENTS_TASK_QUEUE with bounded concurrency. */
export interface DocumentActivities {
  issueDecisionDocument(input: IssueDecisionDocumentInput): Promise<IssuedDocument>;
}

export interface RecordTransitionInput {
  proposalId: string;
  bodyId: string;
  workflowId: string;
  sequence: number;
  action: ProposalAction;
  actor: Actor | null;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  reason: string | null;
}

export interface RecordVoteInput {
  proposalId: string;
  bodyId: string;
  memberUserId: string;
  choice: VoteChoice;
  comment: string | null;
}

export interface PostingPlan {
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** How long the workflow waits, measured by the activity against the real clock. */
  durationMs: number;
}

export interface AssignDecisionNumberInput {
  bodyId: string;
  proposalId: string;
  signerUserId: string;
}

export interface AssignedDecision {
  decisionId: string;
  numberText: string;
  decisionDate: IsoDate;
  year: number;
}

export interface IssueDecisionDocumentInput {
  bodyId: string;
  proposalId: string;
  decisionId: string;
  workflowId: string;
  runId: string;
}

export interface IssuedDocument {
  documentId: string;
  sha256: string;
  sizeBytes: number;
  amountVnd: number | null;
}
