import type { IsoDate, NomineeTally, RuleSetOverrides, RuleSetParams, VoteChoice } from '@khenthuong/domain';
import type { Actor, CouncilSnapshot, HigherLevelResult, ObjectionOutcome, ProposalAction, ProposalStatus } from './proposal.contracts';
import type { CountSealedBallotsInput, SealedBallotCounts } from './sealed-ballot';

/**
 * What the proposal workflow asks of the outside world. The worker implements it
 * (apps/worker/src/activities); the workflow sees only this type, so the two cannot drift apart.
 * Every activity is idempotent: a retry after a crash writes nothing twice.
 */
export interface ProposalActivities {
  loadCouncil(input: { bodyId: string }): Promise<CouncilSnapshot>;
  recordTransition(input: RecordTransitionInput): Promise<void>;
  recordVote(input: RecordVoteInput): Promise<void>;
  recordTally(input: { proposalId: string; tally: NomineeTally }): Promise<void>;
  /**
   * The only place a secret ballot is opened: opens the session's sealed ballots and returns the
   * totals per nominee of the page, never a member's choice. An unreadable ballot (unknown key,
   * altered) fails for good, so a person looks at the keys instead of a retry loop.
   */
  countSealedBallots(input: CountSealedBallotsInput): Promise<SealedBallotCounts[]>;
  planDeadline(input: PlanDeadlineInput): Promise<PlannedDeadline>;
  recordDeadline(input: { proposalId: string; kind: DeadlineKind; dueOn: IsoDate | null; overdue: boolean }): Promise<void>;
  recordObjectionResolution(input: { proposalId: string; objectionId: string; outcome: ObjectionOutcome; reason: string; resolvedBy: string }): Promise<void>;
  /** Several objections settled with one outcome and reason, in one statement. */
  recordObjectionResolutions(input: { proposalId: string; objectionIds: string[]; outcome: ObjectionOutcome; reason: string; resolvedBy: string }): Promise<void>;
  notify(input: NotifyInput): Promise<void>;
  assignDecisionNumber(input: AssignDecisionNumberInput): Promise<AssignedDecision>;
  /** Stores the workflow's event history (JSON) in the archive beside its PDFs; returns its SHA-256. */
  exportHistory(input: { bodyId: string; proposalId: string; workflowId: string }): Promise<string>;
}

/** Rendering activities, served on the documents queue with bounded concurrency. */
export interface DocumentActivities {
  issueDecisionDocument(input: IssueDecisionDocumentInput): Promise<IssuedDocument>;
  issueRoundDecisionDocument(input: IssueRoundDecisionDocumentInput): Promise<IssuedDocument>;
}

/**
 * The other papers of the process, on the documents queue. A paper is about `proposalIds`, or,
 * when `listKey` is given (a round's long lists), about the list stored under it by
 * `storeProposalList` (`proposalIds` is then empty). Each stores its PDF in the
 * archive once per (kind, subject) and returns what it stored; a retry renders nothing again.
 */
export interface PaperActivities {
  /** One certificate per awardee of a decision (rendered in batches), subject `<decisionId>:<proposalId>`. */
  issueCertificates(input: { bodyId: string; decisionId: string; proposalIds: string[]; listKey?: string; workflowId: string; runId: string }): Promise<{ issued: number }>;
  /** Biên bản họp Hội đồng: the tally of every nominee of a session (totals only when secret); subject the proposal or round id. */
  issueCouncilMinutes(input: { bodyId: string; subjectKey: string; proposalIds: string[]; listKey?: string; secretBallot: boolean; workflowId: string; runId: string }): Promise<IssuedDocument>;
  /** Tờ trình to the chairman, or to the higher level for an escalated title; subject the proposal or round id. */
  issueSubmission(input: { bodyId: string; subjectKey: string; proposalIds: string[]; listKey?: string; route: 'WARD_DECISION' | 'ESCALATE'; workflowId: string; runId: string }): Promise<IssuedDocument>;
  /** Thông báo công khai of a posted list with its period and how to object. */
  issuePostingNotice(input: { bodyId: string; subjectKey: string; proposalIds: string[]; listKey?: string; startsOn: IsoDate; endsOn: IsoDate; workflowId: string; runId: string }): Promise<IssuedDocument>;
  /** Danh sách chi tiền thưởng of a decision. */
  issuePaymentList(input: { bodyId: string; decisionId: string; proposalIds: string[]; listKey?: string; workflowId: string; runId: string }): Promise<IssuedDocument>;
}

/** Compensation of an issued decision: the corrective decision ("Về việc thu hồi …"), numbered and archived. */
export interface RevocationActivities {
  issueCorrectiveDecision(input: { bodyId: string; revocationId: string; workflowId: string; runId: string }): Promise<IssuedDocument>;
}

export const revocationWorkflowId = (revocationId: string): string => `revocation-${revocationId}`;

export interface RevocationInput {
  bodyId: string;
  revocationId: string;
  /** The revoked decision's number, for the "cần xử lý" notice (absent in runs started before it was passed). */
  decisionNumberText?: string | null;
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
  /** The higher level's approval of an escalated proposal, stored as its decision (absent in older runs). */
  higherLevelResult?: HigherLevelResult;
}

export interface RecordVoteInput {
  proposalId: string;
  bodyId: string;
  memberUserId: string;
  /** null in a secret session: the database keeps who voted apart from the totals. */
  choice: VoteChoice | null;
  comment: string | null;
  written: boolean;
  scanSha256: string | null;
}

export type DeadlineKind = 'POSTING' | 'RETURN_FOR_PAPERS' | 'DECISION' | 'NOMINATION';

export interface PlanDeadlineInput {
  kind: DeadlineKind;
  /** Whose working-day calendar counts (the national one plus the body's administrator entries). */
  bodyId?: string;
  ruleSetId: string;
  ruleSetOverrides?: RuleSetOverrides;
  /** The workflow's snapshot of the rule-set values; preferred to the lookup by id when present. */
  ruleSetParams?: RuleSetParams;
  referenceDate: IsoDate;
  /** Counts on from this day instead of today (an extension continues the current period). */
  from?: IsoDate;
  /** Working days instead of the rule set's period (an extension, a round's own deadline). */
  workingDays?: number;
  /** A fixed last day (a round's nomination deadline) instead of a count of working days. */
  lastDay?: IsoDate;
  /** Reminder this many working days before the due day; none when absent. */
  reminderWorkingDaysBefore?: number;
  /** A demo round's posting period in seconds (its input's `demoPostingPeriodSeconds`), instead of working days. */
  postingPeriodSeconds?: number;
}

export interface PlannedDeadline {
  startsOn: IsoDate;
  /** The act is due by the end of this day. */
  dueOn: IsoDate;
  /** How long the workflow waits, measured by the activity against the real clock. */
  durationMs: number;
  /** How long until the reminder; null when none is due. */
  reminderInMs: number | null;
}

export interface NotifyInput {
  bodyId: string;
  /** Makes a retried notification harmless. */
  eventKey: string;
  proposalId: string | null;
  roundId: string | null;
  /** Users to notify, or everyone holding a role in the body. */
  userIds?: string[];
  roles?: string[];
  unitIds?: string[];
  kind: 'DECISION_DUE_SOON' | 'DECISION_OVERDUE' | 'RETURNED_FOR_PAPERS' | 'OBJECTION_RECEIVED' | 'ROUND_REMINDER' | 'ESCALATED' | 'NEEDS_ATTENTION' | 'HANDOFF' | 'SIGNATURE_PENDING';
  messageVi: string;
}

export interface AssignDecisionNumberInput {
  bodyId: string;
  /** The proposal id, or `round:<roundId>:<title>` for a round's decision on one title. */
  subjectKey: string;
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
  /** The approved remote request whose prepared paper and signature are issued (no new rendering). */
  signatureRequestId?: string;
}

export interface IssueRoundDecisionDocumentInput {
  bodyId: string;
  roundId: string;
  decisionId: string;
  proposalIds: string[];
  /** The awardees stored by storeProposalList (proposalIds then empty). */
  listKey?: string;
  workflowId: string;
  runId: string;
  /** The approved request on the signer's device (docs/signing.md); absent: signed with the worker's key. */
  signatureRequestId?: string;
}

export interface IssuedDocument {
  documentId: string;
  sha256: string;
  sizeBytes: number;
  amountVnd: number | null;
}
