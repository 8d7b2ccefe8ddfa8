import type { AwardTitle, IsoDate, NomineeTally, RecipientKind, Role, RuleSetOverrides, VoteChoice } from '@khenthuong/domain';
import type { NeedsAttentionView, RuleSetSnapshot } from './attention.contracts';
import type { RemoteSignatureRequestView } from './remote-signing.contracts';

/**
 * The two task queues are named from one prefix (TEMPORAL_TASK_QUEUE_PREFIX): workflows and
 * read-model activities on `<prefix>-proposals`, rendering on `<prefix>-documents`, so PDF
 * concurrency is bounded apart from workflow work. A workflow finds the documents queue from its
 * own queue's name, so a deployment (or a test suite) with another prefix never shares work with this one.
 */
export const TASK_QUEUE_PREFIX = 'khenthuong';
const PROPOSALS_SUFFIX = '-proposals';
const DOCUMENTS_SUFFIX = '-documents';

export const taskQueues = (prefix: string = TASK_QUEUE_PREFIX) => ({ proposals: `${prefix}${PROPOSALS_SUFFIX}`, documents: `${prefix}${DOCUMENTS_SUFFIX}` });

/**
 * The documents queue that goes with a proposals queue. A queue of another shape is not one of
 * ours: Temporal's replayer runs histories on a queue it names itself, and they render on the
 * default documents queue, the one the stored histories were recorded with.
 */
export function documentsQueueOf(proposalsQueue: string): string {
  if (!proposalsQueue.endsWith(PROPOSALS_SUFFIX)) return `${TASK_QUEUE_PREFIX}${DOCUMENTS_SUFFIX}`;
  return `${proposalsQueue.slice(0, -PROPOSALS_SUFFIX.length)}${DOCUMENTS_SUFFIX}`;
}

/** The default queues (TEMPORAL_TASK_QUEUE_PREFIX unset). */
export const PROPOSAL_TASK_QUEUE = taskQueues().proposals;
export const DOCUMENTS_TASK_QUEUE = taskQueues().documents;

export const proposalWorkflowId = (proposalId: string): string => `proposal-${proposalId}`;

/** docs/architecture.md, "The process (one proposal)"; AWAITING_COUNCIL is a complete dossier waiting for its round's session. */
export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  AWAITING_COUNCIL = 'AWAITING_COUNCIL',
  IN_COUNCIL_REVIEW = 'IN_COUNCIL_REVIEW',
  APPROVED_BY_COUNCIL = 'APPROVED_BY_COUNCIL',
  REJECTED_BY_COUNCIL = 'REJECTED_BY_COUNCIL',
  PUBLICLY_POSTED = 'PUBLICLY_POSTED',
  AWAITING_DECISION = 'AWAITING_DECISION',
  DECIDED = 'DECIDED',
  DOCUMENTS_ISSUED = 'DOCUMENTS_ISSUED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  ESCALATED = 'ESCALATED',
  WITHDRAWN = 'WITHDRAWN',
}

/** States after which nothing more happens to a proposal. */
export const FINAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.CLOSED,
  ProposalStatus.REJECTED,
  ProposalStatus.REJECTED_BY_COUNCIL,
  ProposalStatus.WITHDRAWN,
];

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

/**
 * STANDARD: the full procedure (Luật TĐKT 2022 Điều 84). SIMPLIFIED: ad-hoc awards (Điều 85,
 * Nghị định 98/2023 Điều 40) — fewer papers and no public posting; the council still reviews.
 */
export type ProposalProcedure = 'STANDARD' | 'SIMPLIFIED';
/** Who decides: the ward chairman, or the higher level the dossier is escalated to. */
export type ProposalRoute = 'WARD_DECISION' | 'ESCALATE';

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
  /** The round (đợt) the proposal belongs to; null for an ad-hoc proposal with its own session. */
  roundId?: string | null;
  procedure?: ProposalProcedure;
  route?: ProposalRoute;
  /** The council votes by secret ballot: who voted is kept apart from what was voted. */
  secretBallot?: boolean;
  /** The body's administrator values of configurable parameters, fixed at submission. */
  ruleSetOverrides?: RuleSetOverrides;
  /** The resolved rule-set values (overrides applied), fixed at submission; absent in runs started before. */
  ruleSetSnapshot?: RuleSetSnapshot;
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
  | 'RETURN_FOR_PAPERS'
  | 'RESUBMIT'
  | 'RETURN_DEADLINE_PASSED'
  | 'MARK_COMPLETE'
  | 'OPEN_COUNCIL_SESSION'
  | 'CLOSE_COUNCIL_SESSION'
  | 'START_POSTING'
  | 'EXTEND_POSTING'
  | 'RECEIVE_OBJECTION'
  | 'RESOLVE_OBJECTION'
  | 'END_POSTING'
  | 'DECIDE_APPROVE'
  | 'DECIDE_REJECT'
  | 'DECISION_OVERDUE'
  | 'SIGNATURE_REJECTED'
  | 'ISSUE_DOCUMENTS'
  | 'ESCALATE'
  | 'RECORD_HIGHER_LEVEL_RESULT'
  | 'LEAVE_ROUND'
  | 'CLOSE'
  | 'WITHDRAW';

export interface VoteView {
  memberUserId: string;
  choice: VoteChoice;
  comment: string | null;
  /** Cast on paper by a member absent from the meeting and recorded by the officer. */
  written: boolean;
}

export interface IssuedDecision {
  decisionId: string;
  numberText: string;
  decisionDate: IsoDate;
  documentSha256: string;
  amountVnd: number | null;
}

export interface ReturnView {
  /** 1 for the first return. */
  round: number;
  items: { paper: string; reason: string }[];
  dueOn: IsoDate;
  returnedAt: string;
}

export type ObjectionOutcome = 'DISMISSED' | 'UPHELD_RECONSIDER' | 'UPHELD_REJECT';

export interface ObjectionView {
  objectionId: string;
  /** The public sender's name and contact stay in the database; the workflow keeps the text and status. */
  text: string;
  receivedAt: string;
  outcome: ObjectionOutcome | null;
  resolution: string | null;
}

export interface CouncilView {
  council: CouncilSnapshot;
  secretBallot: boolean;
  /** Open ballot only; empty in a secret session. */
  votes: VoteView[];
  /** Who has voted (both modes): never linked to a choice in a secret session. */
  voterIds: string[];
  /** Running totals: the only view of a secret session's ballots. */
  counts: { agree: number; disagree: number; abstain: number };
}

export interface DeadlineView {
  dueOn: IsoDate;
  overdue: boolean;
}

export interface HigherLevelResult {
  approved: boolean;
  issuer: string;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  note: string | null;
}

export interface ProposalState {
  proposalId: string;
  status: ProposalStatus;
  title: AwardTitle;
  ruleSetId: string;
  roundId: string | null;
  route: ProposalRoute;
  procedure: ProposalProcedure;
  history: HistoryEntry[];
  /** The session of its own (ad-hoc) or, in a round, null: the round holds the ballots. */
  council: CouncilView | null;
  tally: NomineeTally | null;
  returns: ReturnView[];
  /** Supplements still allowed (rule-set parameter maxReturnsForSupplement). */
  returnsLeft: number;
  /** The dossier is with the unit until this day. */
  returnDeadline: DeadlineView | null;
  posting: { startsOn: IsoDate; endsOn: IsoDate } | null;
  objections: ObjectionView[];
  /** The statutory time limit of the decision, counted from the complete dossier. */
  decisionDeadline: DeadlineView | null;
  decision: IssuedDecision | null;
  higherLevelResult: HigherLevelResult | null;
  /** A step failed for good and waits for a person. */
  needsAttention: NeedsAttentionView | null;
  /** The decision waits for its signer to approve on their device (absent in runs before remote signing). */
  awaitingSignature?: RemoteSignatureRequestView | null;
  /** Human actions the workflow accepts now (who may perform them is checked per caller). */
  allowedActions: HumanAction[];
}

/** Human actions the proposal workflow can offer; each is described once in PROPOSAL_STEPS. */
export const HUMAN_ACTIONS = [
  'MARK_COMPLETE',
  'RETURN_FOR_PAPERS',
  'RESUBMIT',
  'CAST_VOTE',
  'RECORD_WRITTEN_VOTE',
  'CLOSE_COUNCIL_SESSION',
  'RESOLVE_OBJECTION',
  'EXTEND_POSTING',
  'DECIDE',
  'RECORD_HIGHER_LEVEL_RESULT',
  'RESEND_SIGNATURE_REQUEST',
  'WITHDRAW',
  'RETRY_STUCK_STEP',
] as const;
export type HumanAction = (typeof HUMAN_ACTIONS)[number];
