import type { DataSource } from 'typeorm';
import type { WorkingDayCalendar } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ActivityFailureType, type CouncilSnapshot, type ProposalActivities } from '@khenthuong/temporal';
import { ApplicationFailure } from '@temporalio/common';
import type { BallotSealer } from '@khenthuong/platform';
import { CouncilRepository, DecisionRepository, DecisionSubjectKey, ObjectionRepository, ProposalMirrorRepository, ProposalRepository } from '@khenthuong/persistence';
import { archiveDocument, findArchived } from '../archive/archive-ledger';
import { countSealedBallots } from './ballot-count';
import { assignDecisionNumber } from './decision-number';
import { redactSecretBallots } from './history-redaction';
import { planDeadline } from './deadline.planner';
import { noticeProposalHandoff } from './handoff-notices';
import { notify } from './notifications';

export interface ProposalActivityDeps {
  dataSource: DataSource;
  proposals: ProposalRepository;
  /** Writes of the workflow's transitions, votes, tally and deadlines into the read model. */
  mirror: ProposalMirrorRepository;
  objections: ObjectionRepository;
  calendar: WorkingDayCalendar;
  /** A body's calendar; without it every body counts with `calendar`. */
  calendarOf?: (bodyId: string) => Promise<WorkingDayCalendar>;
  archive: ArchiveStore;
  /** Opens sealed secret ballots for counting (keys from BALLOT_SEAL_KEYS). */
  ballotSealer: BallotSealer;
  /** The workflow's event history as Temporal returns it (JSON-serialisable). */
  fetchHistory: (workflowId: string) => Promise<unknown>;
  /** Demo/test override of the posting period; undefined → the rule set's working days. */
  postingPeriodSeconds?: number;
  decisionReminderWorkingDays?: number;
  now?: () => Date;
}

const DEFAULT_DECISION_REMINDER_WORKING_DAYS = 2;

/** Read-model, numbering, calendar and notification activities of the proposal workflow; each is idempotent. */
export function createProposalActivities(deps: ProposalActivityDeps): ProposalActivities {
  const { dataSource, calendar, proposals, mirror, objections } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async loadCouncil({ bodyId }): Promise<CouncilSnapshot> {
      const rows = await new CouncilRepository(dataSource).activeMembers(bodyId);
      const chair = rows.find((r) => r.councilRole === 'CHAIR');
      if (!chair) {
        // Not retryable: an administrator has to appoint the council first.
        throw ApplicationFailure.create({ type: ActivityFailureType.NO_ACTIVE_COUNCIL, message: `body ${bodyId} has no active council with a chair`, nonRetryable: true });
      }
      return { councilId: chair.councilId, chairUserId: chair.userId, members: rows.map((r) => ({ userId: r.userId, name: r.displayName })) };
    },

    async recordTransition(input): Promise<void> {
      await dataSource.transaction(async (tx) => {
        const inTransaction = ProposalMirrorRepository.in(tx);
        await inTransaction.recordTransition({
          proposalId: input.proposalId,
          bodyId: input.bodyId,
          eventKey: `${input.workflowId}:${input.sequence}`,
          sequence: input.sequence,
          actorUserId: input.actor?.userId ?? null,
          actorRole: input.actor ? input.actor.roles.join(',') : 'SYSTEM',
          action: input.action,
          fromStatus: input.fromStatus,
          toStatus: input.toStatus,
          reason: input.reason,
        });
        const decision = input.higherLevelResult;
        if (decision?.approved) {
          await inTransaction.recordHigherDecision(input.proposalId, { number: decision.decisionNumber?.trim() || null, date: decision.decisionDate, issuer: decision.issuer.trim() });
        }
        await noticeProposalHandoff(tx, input);
      });
    },

    async recordVote(input): Promise<void> {
      await mirror.recordVote(input);
    },

    async countSealedBallots(input) {
      return countSealedBallots(deps.ballotSealer, input);
    },

    async recordTally({ proposalId, tally }): Promise<void> {
      await mirror.recordTally(proposalId, tally);
    },

    async planDeadline(input) {
      return planDeadline(input, {
        now: now(),
        // The national calendar plus the body's administrator entries (swaps, local days off).
        calendar: input.bodyId && deps.calendarOf ? await deps.calendarOf(input.bodyId) : calendar,
        postingPeriodSeconds: deps.postingPeriodSeconds,
        decisionReminderWorkingDays: deps.decisionReminderWorkingDays ?? DEFAULT_DECISION_REMINDER_WORKING_DAYS,
      });
    },

    async recordDeadline({ proposalId, kind, dueOn, overdue }): Promise<void> {
      if (kind !== 'RETURN_FOR_PAPERS' && kind !== 'DECISION') return;
      await mirror.recordDeadline(proposalId, kind, dueOn, overdue);
    },

    async recordObjectionResolution({ proposalId, objectionId, outcome, reason, resolvedBy }): Promise<void> {
      await objections.recordResolution({ proposalId, objectionIds: [objectionId], outcome, reason, resolvedBy });
    },

    async recordObjectionResolutions({ proposalId, objectionIds, outcome, reason, resolvedBy }): Promise<void> {
      await objections.recordResolution({ proposalId, objectionIds, outcome, reason, resolvedBy });
    },

    async notify(input): Promise<void> {
      await notify(dataSource, input);
    },

    assignDecisionNumber: (input) => assignDecisionNumber(dataSource, now(), input),

    async exportHistory({ bodyId, proposalId, workflowId }): Promise<string> {
      // A retry returns the history archived first, not a longer one fetched later.
      const existing = await findArchived(dataSource, 'HISTORY', proposalId);
      if (existing) return existing.sha256;
      const secret = await proposals.isSecretBallot(proposalId);
      const fetched = await deps.fetchHistory(workflowId);
      const history = secret ? redactSecretBallots(fetched).history : fetched;
      const stored = await deps.archive.put(Buffer.from(JSON.stringify(history, null, 2), 'utf8'));
      const decision = await new DecisionRepository(dataSource).findBySubject(bodyId, DecisionSubjectKey.ofProposal(proposalId));
      const row = await archiveDocument(dataSource, {
        bodyId, kind: 'HISTORY', subjectKey: proposalId, decisionId: decision?.id ?? null, proposalId, stored, workflowId, runId: null,
        documentNumber: decision?.numberText ?? null,
        // The history has no issue date of its own; it is archived when the process ends.
        issuedAt: now(),
        recipients: [],
      });
      return row.sha256;
    },
  };
}
