import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { proposalWorkflowId, roundEventSignal, type RoundActivities, type RoundNominee } from '@khenthuong/temporal';
import type { AwardTitle } from '@khenthuong/domain';
import { notify } from './notifications';

export interface RoundActivityDeps {
  dataSource: DataSource;
  client: Client;
  /** Signals in flight at once during a fan-out. */
  signalConcurrency?: number;
}

/** Read model, reminders and the fan-out of a round to its proposals; each is idempotent. */
export function createRoundActivities(deps: RoundActivityDeps): RoundActivities {
  const { dataSource, client } = deps;
  const concurrency = deps.signalConcurrency ?? 16;

  return {
    async recordRoundStatus({ roundId, status }): Promise<void> {
      await dataSource.query(`UPDATE round SET status = $2, updated_at = now() WHERE id = $1`, [roundId, status]);
    },

    async listRoundNominees({ roundId, status, afterProposalId, limit }): Promise<RoundNominee[]> {
      const rows: { id: string; title: string; nominee_name: string; unit_id: string; recused_user_ids: string[] }[] = await dataSource.query(
        `SELECT id, title, nominee_name, unit_id, recused_user_ids FROM proposal
          WHERE round_id = $1 AND status = $2 AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4`,
        [roundId, status, afterProposalId, limit],
      );
      return rows.map((r) => ({ proposalId: r.id, title: r.title as AwardTitle, nomineeName: r.nominee_name, unitId: r.unit_id, recusedUserIds: r.recused_user_ids }));
    },

    async signalRoundProposals({ deliveries }): Promise<number> {
      // A retry resumes after the last delivery the previous attempt reported.
      const ctx = Context.current();
      let next = (ctx.info.heartbeatDetails as number | undefined) ?? 0;
      while (next < deliveries.length) {
        const batch = deliveries.slice(next, next + concurrency);
        await Promise.all(
          batch.map(async ({ proposalId, event }) => {
            try {
              await client.workflow.getHandle(proposalWorkflowId(proposalId)).signal(roundEventSignal, event);
            } catch (error) {
              // A proposal that already ended (withdrawn, rejected) has nothing more to hear.
              if (!(error instanceof WorkflowNotFoundError)) throw error;
            }
          }),
        );
        next += batch.length;
        ctx.heartbeat(next);
      }
      return deliveries.length;
    },

    async remindUnitsWithoutProposals({ bodyId, roundId, eventKey }): Promise<number> {
      const units: { id: string }[] = await dataSource.query(
        `SELECT u.id FROM unit u WHERE u.body_id = $1 AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.round_id = $2 AND p.unit_id = u.id)`,
        [bodyId, roundId],
      );
      const [round] = await dataSource.query(`SELECT name, nomination_deadline::text AS deadline FROM round WHERE id = $1`, [roundId]);
      return notify(dataSource, {
        bodyId,
        eventKey,
        proposalId: null,
        roundId,
        unitIds: units.map((u) => u.id),
        kind: 'ROUND_REMINDER',
        messageVi: `Đơn vị chưa gửi hồ sơ đề nghị khen thưởng cho ${round?.name ?? 'đợt khen thưởng'}; hạn cuối: hết ngày ${round?.deadline ?? ''}.`,
      });
    },

    async recordRoundBallot(input): Promise<void> {
      await dataSource.query(
        `INSERT INTO round_ballot (body_id, round_id, member_user_id, default_choice, exceptions, written, scan_sha256, cast_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (round_id, member_user_id) DO UPDATE SET default_choice = EXCLUDED.default_choice, exceptions = EXCLUDED.exceptions,
           written = EXCLUDED.written, scan_sha256 = EXCLUDED.scan_sha256, cast_at = EXCLUDED.cast_at`,
        [input.bodyId, input.roundId, input.memberUserId, input.defaultChoice, input.exceptions ? JSON.stringify(input.exceptions) : null, input.written, input.scanSha256],
      );
    },

    async recordRoundTallies({ tallies }): Promise<void> {
      await dataSource.query(
        `UPDATE proposal p SET tally = t.tally FROM jsonb_array_elements($1::jsonb) AS e(tally), LATERAL (SELECT e.tally) t
          WHERE p.id = (e.tally->>'nomineeId')::uuid`,
        [JSON.stringify(tallies)],
      );
    },
  };
}
