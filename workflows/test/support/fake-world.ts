import { WorkingDayCalendar, type IsoDate } from '@khenthuong/domain';
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import {
  ProposalStatus,
  type AttentionActivities,
  type ClearNeedsAttentionInput,
  type RecordNeedsAttentionInput,
  proposalWorkflowId,
  roundEventSignal,
  talliesOf,
  type CouncilSnapshot,
  type DocumentActivities,
  type NotifyInput,
  type PaperActivities,
  type PlanActivities,
  type PlanDocumentActivities,
  type RevocationActivities,
  type ProposalActivities,
  type RecordTransitionInput,
  type RecordVoteInput,
  type IssueDecisionDocumentInput,
  type IssueRoundDecisionDocumentInput,
  type RemoteSigningActivities,
  type RoundActivities,
  type RoundEvent,
  type RoundNominee,
} from '@khenthuong/temporal';
import { planDeadline } from '../../../apps/worker/src/activities/deadline.planner';
import { createRoundActivities } from '../../../apps/worker/src/activities/round.activities';
import { countSealedBallots } from '../../../apps/worker/src/activities/ballot-count';
import { classifyActivityError } from '../../../apps/worker/src/activities/activity-failure';
import { BallotSealer, DEMO_BALLOT_SEAL_KEY, type BallotSealKey } from '@khenthuong/platform';
import { FakeRemoteSigning } from './fake-remote-signing';

export const COUNCIL: CouncilSnapshot = {
  councilId: 'council-1',
  chairUserId: 'chair',
  members: ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'].map((userId) => ({ userId, name: `Thành viên ${userId}` })),
};

/**
 * In-memory stand-ins for the worker's activities, typed by the same interfaces, so they break
 * when the real ones change. Deadlines use the real planner and the real working-day calendar on
 * a virtual clock: `anchor` (a chosen Vietnamese date) plus the test server's skipped time.
 */
export class FakeWorld {
  readonly transitions: RecordTransitionInput[] = [];
  readonly votes: RecordVoteInput[] = [];
  readonly notifications: NotifyInput[] = [];
  readonly deadlines: { proposalId: string; kind: string; dueOn: IsoDate | null; overdue: boolean }[] = [];
  readonly roundStatuses: string[] = [];
  readonly roundBallots: unknown[] = [];
  readonly tallies = new Map<string, unknown>();
  /** Papers issued, as `<kind>:<subject>` (certificates per awardee). */
  readonly papers: string[] = [];
  /** Lists stored by storeProposalList, by key, in position order. */
  readonly proposalLists = new Map<string, string[]>();
  /** Proposals of rounds: id → round, title, status as the read model would hold them. */
  readonly roundMembers = new Map<string, { roundId: string; title: RoundNominee['title']; unitId: string; status: ProposalStatus; version?: number }>();
  /** Needs-attention records and clears, as the read model and audit log would receive them. */
  readonly attention: (RecordNeedsAttentionInput | ClearNeedsAttentionInput)[] = [];
  /** Activities that fail with the given error until the entry is removed ("the data is repaired"). */
  readonly faults = new Map<string, Error>();
  /** Calls per activity name (including failed ones). */
  readonly calls = new Map<string, number>();
  /** The keys the counting activity opens sealed ballots with (the worker's BALLOT_SEAL_KEYS). */
  readonly ballotKeys: BallotSealKey[] = [DEMO_BALLOT_SEAL_KEY];
  /** Proposals whose rows the round's listing reads stale (a lagging replica): their later moves do not show. */
  readonly staleReadModel = new Set<string>();
  /**
   * Deadlines of these kinds pass this many times faster (a benchmark on a server whose time does
   * not skip); the due dates stay the calendar's.
   */
  readonly fasterDeadlines = new Map<string, number>();
  /** When set, recordTally waits for the promise it returns (a worker that is down while the result is applied). */
  holdTally: ((proposalId: string) => Promise<void> | undefined) | null = null;
  private readonly recordedSteps = new Set<string>();
  private readonly notifiedKeys = new Set<string>();
  private decisionSeq = 0;
  private readonly decisions = new Map<string, { decisionId: string; numberText: string; decisionDate: IsoDate; year: number }>();
  private readonly calendar = WorkingDayCalendar.vietnam();
  client: Client | null = null;
  /** Signers who approve on a remote service, and their requests. */
  readonly remoteSigning = new FakeRemoteSigning(() => this.envNowMs());
  /** Every call to issue a proposal's decision, as the workflow made it. */
  readonly issuedDecisions: IssueDecisionDocumentInput[] = [];
  readonly issuedRoundDecisions: IssueRoundDecisionDocumentInput[] = [];

  constructor(
    private readonly anchor: Date,
    private readonly envNowMs: () => Promise<number>,
    private readonly startMs: number,
  ) {}

  async now(): Promise<Date> {
    return new Date(this.anchor.getTime() + ((await this.envNowMs()) - this.startMs));
  }

  statusesOf(proposalId: string): ProposalStatus[] {
    return this.transitions.filter((t) => t.proposalId === proposalId).map((t) => t.toStatus);
  }

  /** Counts each call and throws the activity's fault, if any, before the fake runs. */
  private withFaults<A extends object>(activities: A): A {
    const wrapped: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(activities)) {
      wrapped[name] = async (...args: unknown[]) => {
        this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
        const fault = this.faults.get(name);
        if (fault) throw fault;
        return (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    }
    return wrapped as A;
  }

  attentionActivities(): AttentionActivities {
    return {
      recordNeedsAttention: async (input) => {
        if (!this.attention.some((a) => a.eventKey === input.eventKey)) this.attention.push(input);
        // As the real activity: the officer and the administrator are notified.
        await this.proposalActivities().notify({
          bodyId: input.bodyId,
          eventKey: input.eventKey,
          proposalId: input.subject.proposalId,
          roundId: input.subject.roundId,
          roles: ['OFFICER', 'ADMIN'],
          kind: 'NEEDS_ATTENTION',
          messageVi: `Cần xử lý: ${input.subjectNameVi}. ${input.reasonVi}`,
        });
      },
      clearNeedsAttention: async (input) => {
        if (!this.attention.some((a) => a.eventKey === input.eventKey)) this.attention.push(input);
      },
    };
  }

  proposalActivities(): ProposalActivities {
    return this.withFaults({
      loadCouncil: async () => COUNCIL,
      recordTransition: async (input) => {
        const step = `${input.workflowId}:${input.sequence}`;
        if (this.recordedSteps.has(step)) return;
        this.recordedSteps.add(step);
        this.transitions.push(input);
        // As the real read model (state_version): a late retry of an older transition never overwrites a newer one.
        const member = this.roundMembers.get(input.proposalId);
        if (member && !this.staleReadModel.has(input.proposalId) && input.sequence > (member.version ?? 0)) {
          Object.assign(member, { status: input.toStatus, version: input.sequence });
        }
      },
      recordVote: async (input) => {
        this.votes.push(input);
      },
      // The real counting, its errors classified as the worker does.
      countSealedBallots: async (input) => {
        try {
          return countSealedBallots(new BallotSealer(this.ballotKeys), input);
        } catch (error) {
          throw classifyActivityError(error);
        }
      },
      recordTally: async ({ proposalId, tally }) => {
        await this.holdTally?.(proposalId);
        this.tallies.set(proposalId, tally);
      },
      planDeadline: async (input) => {
        const plan = planDeadline(input, { now: await this.now(), calendar: this.calendar, decisionReminderWorkingDays: 2 });
        const factor = this.fasterDeadlines.get(input.kind) ?? 1;
        return { ...plan, durationMs: Math.ceil(plan.durationMs / factor), reminderInMs: plan.reminderInMs === null ? null : Math.ceil(plan.reminderInMs / factor) };
      },
      recordDeadline: async (input) => {
        this.deadlines.push(input);
      },
      recordObjectionResolution: async () => undefined,
      recordObjectionResolutions: async () => undefined,
      notify: async (input) => {
        if (this.notifiedKeys.has(input.eventKey)) return;
        this.notifiedKeys.add(input.eventKey);
        this.notifications.push(input);
      },
      assignDecisionNumber: async ({ subjectKey, signerUserId }) => {
        this.remoteSigning.recordSigner(`decision-${subjectKey}`, signerUserId);
        const existing = this.decisions.get(subjectKey);
        if (existing) return existing;
        const decisionDate = (await this.now()).toISOString().slice(0, 10);
        const assigned = { decisionId: `decision-${subjectKey}`, numberText: `${String(++this.decisionSeq).padStart(2, '0')}/QĐ-UBND`, decisionDate, year: 2026 };
        this.decisions.set(subjectKey, assigned);
        return assigned;
      },
      exportHistory: async ({ proposalId }) => `history-${proposalId}`,
    });
  }

  /** The fan-out to proposals is the worker's own code over this server; the read model is in memory. */
  roundActivities(): RoundActivities {
    const { signalRoundProposals, announceRoundEvent, endRoundPosting } = createRoundActivities({ dataSource: null as unknown as DataSource, client: this.client! });
    return this.withFaults({
      signalRoundProposals,
      announceRoundEvent,
      endRoundPosting,
      recordRoundStatus: async ({ status }) => {
        this.roundStatuses.push(status);
      },
      listRoundNominees: async ({ roundId, status, afterProposalId, limit }) =>
        [...this.roundMembers.entries()]
          .filter(([id, m]) => m.roundId === roundId && m.status === status && (afterProposalId === null || id > afterProposalId))
          .sort(([a], [b]) => a.localeCompare(b))
          .slice(0, limit)
          .map(([proposalId, m]) => ({ proposalId, title: m.title, nomineeName: proposalId, unitId: m.unitId, recusedUserIds: ['m5'] })),
      deliverCouncilResults: async (page) => {
        const { eventId } = page;
        const tallies = talliesOf(page);
        for (const t of tallies) this.tallies.set(t.nomineeId, t);
        await this.inBatches(tallies, (tally) => this.signal(tally.nomineeId, { type: 'COUNCIL_RESULT', eventId, tally }));
        return tallies.length;
      },
      remindUnitsWithoutProposals: async ({ bodyId, roundId, eventKey }) => {
        this.notifications.push({ bodyId, eventKey, roundId, proposalId: null, kind: 'ROUND_REMINDER', messageVi: 'nhắc' });
        return 1;
      },
      recordRoundBallot: async (input) => {
        this.roundBallots.push(input);
      },
      recordRoundTallies: async ({ tallies }) => {
        for (const t of tallies) this.tallies.set(t.nomineeId, t);
      },
      storeProposalList: async ({ listKey, offset, proposalIds }) => {
        const list = this.proposalLists.get(listKey) ?? [];
        proposalIds.forEach((id, i) => (list[offset + i] ??= id));
        this.proposalLists.set(listKey, list);
      },
    });
  }

  /** The ids a paper is about, as the worker resolves them (proposal-list.ts). */
  private idsOf(input: { proposalIds: string[]; listKey?: string }): string[] {
    if (input.listKey === undefined) return input.proposalIds;
    const list = this.proposalLists.get(input.listKey);
    if (!list?.length) throw ApplicationFailure.create({ type: 'MISSING_DATA', message: `proposal list ${input.listKey} is empty`, nonRetryable: true });
    return list;
  }

  /** As the real fan-out: a bounded number of calls in flight, heartbeating after each batch. */
  private async inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
    for (let i = 0; i < items.length; i += 16) {
      await Promise.all(items.slice(i, i + 16).map(work));
      Context.current().heartbeat(i + 16);
    }
  }

  private async signal(proposalId: string, event: RoundEvent): Promise<void> {
    try {
      await this.client!.workflow.getHandle(proposalWorkflowId(proposalId)).signal(roundEventSignal, event);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }

  /** The plan's numbering, for the plan-paper workflows. */
  planActivities(): PlanActivities {
    return this.withFaults({ assignPlanNumber: async () => ({ numberText: '01/KH-UBND', issuedOn: '2026-12-07', year: 2026 }) });
  }

  documentActivities(): DocumentActivities & PaperActivities & RevocationActivities & PlanDocumentActivities & RemoteSigningActivities {
    const paper = (kind: string, subject: string) => {
      this.papers.push(`${kind}:${subject}`);
      return { documentId: `${kind}-${subject}`, sha256: 'c'.repeat(64), sizeBytes: 1, amountVnd: null };
    };
    return this.withFaults({
      issueCertificates: async (input) => {
        const proposalIds = this.idsOf(input);
        for (const id of proposalIds) paper('CERTIFICATE', `${input.decisionId}:${id}`);
        return { issued: proposalIds.length };
      },
      issueCouncilMinutes: async ({ subjectKey }) => paper('MINUTES', subjectKey),
      issueSubmission: async ({ subjectKey, route }) => paper(`SUBMISSION_${route}`, subjectKey),
      issuePostingNotice: async ({ subjectKey }) => paper('POSTING_NOTICE', subjectKey),
      issuePaymentList: async ({ decisionId }) => paper('PAYMENT_LIST', decisionId),
      ...this.remoteSigning.activities(),
      issueDecisionDocument: async (input) => {
        this.issuedDecisions.push(input);
        return { documentId: `doc-${input.decisionId}`, sha256: 'a'.repeat(64), sizeBytes: 1, amountVnd: 2_030_000 };
      },
      issueCorrectiveDecision: async ({ revocationId }) => paper('CORRECTIVE_DECISION', revocationId),
      issuePlanDocument: async ({ planId }) => paper('PLAN', planId),
      issueRoundDecisionDocument: async (input) => {
        this.issuedRoundDecisions.push(input);
        return { documentId: `doc-${input.decisionId}`, sha256: 'b'.repeat(64), sizeBytes: this.idsOf(input).length, amountVnd: null };
      },
    });
  }
}
