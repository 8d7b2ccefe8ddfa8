import type { DataSource } from 'typeorm';
import { formatDocumentNumber, ruleSetFor, vietnamDateOf, type WorkingDayCalendar } from '@khenthuong/domain';
import { WorkflowErrorCode, type CouncilSnapshot, type ProposalActivities } from '@khenthuong/temporal';
import { ApplicationFailure } from '@temporalio/common';

export interface ProposalActivityDeps {
  dataSource: DataSource;
  calendar: WorkingDayCalendar;
  /** Demo/test override of the posting period; undefined → the rule set's working days. */
  postingPeriodSeconds?: number;
  now?: () => Date;
}

// Nghị định 30/2020 Phụ lục III: the symbol of a decision of the People's Committee.
const DECISION_SYMBOL = 'QĐ-UBND';
const VIETNAM_OFFSET = '+07:00';

/** Read-model, numbering and calendar activities of the proposal workflow; each is idempotent. */
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
        throw ApplicationFailure.create({ type: WorkflowErrorCode.WRONG_STATE, message: `body ${bodyId} has no active council with a chair`, nonRetryable: true });
      }
      return {
        councilId: chair.council_id,
        chairUserId: chair.user_id,
        members: rows.map((r) => ({ userId: r.user_id, name: r.display_name })),
      };
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
      });
    },

    async recordVote(input): Promise<void> {
      await dataSource.query(
        `INSERT INTO proposal_vote (body_id, proposal_id, member_user_id, choice, comment, cast_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (proposal_id, member_user_id) DO UPDATE SET choice = EXCLUDED.choice, comment = EXCLUDED.comment, cast_at = EXCLUDED.cast_at`,
        [input.bodyId, input.proposalId, input.memberUserId, input.choice, input.comment],
      );
    },

    async planPostingPeriod({ referenceDate }) {
      const current = now();
      const startsOn = vietnamDateOf(current);
      if (deps.postingPeriodSeconds !== undefined) {
        const durationMs = deps.postingPeriodSeconds * 1000;
        return { startsOn, endsOn: vietnamDateOf(new Date(current.getTime() + durationMs)), durationMs };
      }
      const days = ruleSetFor(referenceDate).params.postingPeriodWorkingDays;
      const endsOn = calendar.addWorkingDays(startsOn, days);
      // The posting runs to the end of its last day ("đến hết ngày …", DOCUMENTS.md §5).
      const end = new Date(`${endsOn}T23:59:59.999${VIETNAM_OFFSET}`);
      return { startsOn, endsOn, durationMs: Math.max(0, end.getTime() - current.getTime()) };
    },

    async assignDecisionNumber({ bodyId, proposalId, signerUserId }) {
      const decisionDate = vietnamDateOf(now());
      const year = Number(decisionDate.slice(0, 4));
      return dataSource.transaction(async (tx) => {
        const existing = async () =>
          (await tx.query(`SELECT id, number_text, decision_date::text AS decision_date, year FROM decision WHERE body_id = $1 AND subject_key = $2`, [
            bodyId,
            proposalId,
          ])) as { id: string; number_text: string; decision_date: string; year: number }[];
        const toResult = (r: { id: string; number_text: string; decision_date: string; year: number }) => ({
          decisionId: r.id,
          numberText: r.number_text,
          decisionDate: r.decision_date,
          year: r.year,
        });
        const before = await existing();
        if (before[0]) return toResult(before[0]);
        await tx.query(`INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, [
          bodyId,
          year,
          DECISION_SYMBOL,
        ]);
        // The row lock serialises numbering across workers; re-check after waiting for it.
        await tx.query(`SELECT last_number FROM document_counter WHERE body_id = $1 AND year = $2 AND symbol = $3 FOR UPDATE`, [bodyId, year, DECISION_SYMBOL]);
        const raced = await existing();
        if (raced[0]) return toResult(raced[0]);
        // An upsert, because TypeORM returns [rows, count] for UPDATE … RETURNING but plain rows for INSERT.
        const [{ last_number: sequence }] = await tx.query(
          `INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 1)
           ON CONFLICT (body_id, year, symbol) DO UPDATE SET last_number = document_counter.last_number + 1 RETURNING last_number`,
          [bodyId, year, DECISION_SYMBOL],
        );
        const numberText = formatDocumentNumber(sequence, DECISION_SYMBOL);
        const [row] = await tx.query(
          `INSERT INTO decision (body_id, subject_key, year, symbol, sequence, number_text, decision_date, signer_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [bodyId, proposalId, year, DECISION_SYMBOL, sequence, numberText, decisionDate, signerUserId],
        );
        return { decisionId: row.id as string, numberText, decisionDate, year };
      });
    },
  };
}
