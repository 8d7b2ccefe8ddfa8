import type { DataSource } from 'typeorm';
import type { WorkingDayCalendar } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { ActivityFailureType, type CouncilSnapshot, type ProposalActivities } from '@khenthuong/temporal';
import { ApplicationFailure } from '@temporalio/common';
import type { BallotSealer } from '@khenthuong/platform';
import { archiveDocument, findArchived } from '../archive/archive-ledger';
import { countSealedBallots } from './ballot-count';
import { assignDecisionNumber } from './decision-number';
import { redactSecretBallots } from './history-redaction';
import { planDeadline } from './deadline.planner';
import { noticeProposalHandoff } from './handoff-notices';
import { notify } from './notifications';

export interface ProposalActivityDeps {
  dataSource: DataSource;
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
  const { dataSource, calendar } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async loadCouncil({ bodyId }): Promise<CouncilSnapshot> {
      const rows: { council_id: string; user_id: string; display_name: string; council_role: string }[] = await dataSource.query(
        `SELECT c.id AS council_id, m.user_id, u.display_name, m.council_role
           FROM council c JOIN council_member m ON m.council_id = c.id JOIN app_user u ON u.id = m.user_id
          WHERE c.body_id = $1 AND c.active ORDER BY u.display_name`,
        [bodyId],
      );
      const chair = rows.find((r) => r.council_role === 'CHAIR');
      if (!chair) {
        // Not retryable: an administrator has to appoint the council first.
        throw ApplicationFailure.create({ type: ActivityFailureType.NO_ACTIVE_COUNCIL, message: `body ${bodyId} has no active council with a chair`, nonRetryable: true });
      }
      return { councilId: chair.council_id, chairUserId: chair.user_id, members: rows.map((r) => ({ userId: r.user_id, name: r.display_name })) };
    },

    async recordTransition(input): Promise<void> {
      await dataSource.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO audit_log (body_id, proposal_id, event_key, actor_user_id, actor_role, action, from_state, to_state, reason, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) ON CONFLICT (event_key) DO NOTHING`,
          [
            input.bodyId,
            input.proposalId,
            `${input.workflowId}:${input.sequence}`,
            input.actor?.userId ?? null,
            input.actor ? input.actor.roles.join(',') : 'SYSTEM',
            input.action,
            input.fromStatus,
            input.toStatus,
            input.reason,
          ],
        );
        // state_version keeps a late retry of an older transition from overwriting a newer status.
        await tx.query(`UPDATE proposal SET status = $1, state_version = $2, updated_at = now() WHERE id = $3 AND state_version < $2`, [
          input.toStatus,
          input.sequence,
          input.proposalId,
        ]);
        const decision = input.higherLevelResult;
        if (decision?.approved) {
          await tx.query(`UPDATE proposal SET higher_decision_number = $2, higher_decision_date = $3, higher_decision_issuer = $4 WHERE id = $1`, [
            input.proposalId,
            decision.decisionNumber?.trim() || null,
            decision.decisionDate,
            decision.issuer.trim(),
          ]);
        }
        await noticeProposalHandoff(tx, input);
      });
    },

    async recordVote(input): Promise<void> {
      await dataSource.query(
        `INSERT INTO proposal_vote (body_id, proposal_id, member_user_id, choice, comment, written, scan_sha256, cast_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (proposal_id, member_user_id) DO UPDATE
           SET choice = EXCLUDED.choice, comment = EXCLUDED.comment, written = EXCLUDED.written, scan_sha256 = EXCLUDED.scan_sha256, cast_at = EXCLUDED.cast_at`,
        [input.bodyId, input.proposalId, input.memberUserId, input.choice, input.comment, input.written, input.scanSha256],
      );
    },

    async countSealedBallots(input) {
      return countSealedBallots(deps.ballotSealer, input);
    },

    async recordTally({ proposalId, tally }): Promise<void> {
      await dataSource.query(`UPDATE proposal SET tally = $2 WHERE id = $1`, [proposalId, JSON.stringify(tally)]);
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
      const column = kind === 'RETURN_FOR_PAPERS' ? 'return_due_on' : 'decision_due_on';
      if (kind !== 'RETURN_FOR_PAPERS' && kind !== 'DECISION') return;
      await dataSource.query(`UPDATE proposal SET ${column} = $2, overdue = $3 WHERE id = $1`, [proposalId, dueOn, overdue]);
    },

    async recordObjectionResolution({ proposalId, objectionId, outcome, reason, resolvedBy }): Promise<void> {
      await dataSource.query(
        `UPDATE proposal_objection SET outcome = $3, resolution = $4, resolved_by = $5, resolved_at = COALESCE(resolved_at, now())
          WHERE id = $2 AND proposal_id = $1`,
        [proposalId, objectionId, outcome, reason, resolvedBy],
      );
    },

    async recordObjectionResolutions({ proposalId, objectionIds, outcome, reason, resolvedBy }): Promise<void> {
      await dataSource.query(
        `UPDATE proposal_objection SET outcome = $3, resolution = $4, resolved_by = $5, resolved_at = COALESCE(resolved_at, now())
          WHERE id = ANY($2::uuid[]) AND proposal_id = $1`,
        [proposalId, objectionIds, outcome, reason, resolvedBy],
      );
    },

    async notify(input): Promise<void> {
      await notify(dataSource, input);
    },

    assignDecisionNumber: (input) => assignDecisionNumber(dataSource, now(), input),

    async exportHistory({ bodyId, proposalId, workflowId }): Promise<string> {
      // A retry returns the history archived first, not a longer one fetched later.
      const existing = await findArchived(dataSource, 'HISTORY', proposalId);
      if (existing) return existing.sha256;
      const [proposal]: { secret_ballot: boolean }[] = await dataSource.query(`SELECT secret_ballot FROM proposal WHERE id = $1`, [proposalId]);
      const fetched = await deps.fetchHistory(workflowId);
      const history = proposal?.secret_ballot ? redactSecretBallots(fetched).history : fetched;
      const stored = await deps.archive.put(Buffer.from(JSON.stringify(history, null, 2), 'utf8'));
      const [decision]: { id: string; number_text: string }[] = await dataSource.query(`SELECT id, number_text FROM decision WHERE body_id = $1 AND subject_key = $2`, [bodyId, proposalId]);
      const row = await archiveDocument(dataSource, {
        bodyId, kind: 'HISTORY', subjectKey: proposalId, decisionId: decision?.id ?? null, proposalId, stored, workflowId, runId: null,
        documentNumber: decision?.number_text ?? null,
        // The history has no issue date of its own; it is archived when the process ends.
        issuedAt: now(),
        recipients: [],
      });
      return row.sha256;
    },
  };
}
