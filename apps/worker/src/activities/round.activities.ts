import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import {
  endRoundPostingUpdate,
  proposalWorkflowId,
  roundEventSignal,
  talliesOf,
  type RoundActivities,
  type RoundEvent,
  type RoundNominee,
  type RoundPostingExclusion,
} from '@khenthuong/temporal';
import { formatShortVietnameseDate, type AwardTitle, type NomineeTally } from '@khenthuong/domain';
import { noticeRoundHandoff } from './handoff-notices';
import { notify } from './notifications';
import { storeProposalList } from './proposal-list';

export interface RoundActivityDeps {
  dataSource: DataSource;
  client: Client;
  /** Signals in flight at once during a fan-out. */
  signalConcurrency?: number;
}

const HEARTBEAT_EVERY_MS = 2_000;

/** Read model, reminders and the fan-out of a round to its proposals; each is idempotent. */
export function createRoundActivities(deps: RoundActivityDeps): RoundActivities {
  const { dataSource, client } = deps;
  const concurrency = deps.signalConcurrency ?? 16;

  return {
    async recordRoundStatus({ roundId, status }): Promise<void> {
      await dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE round SET status = $2, updated_at = now() WHERE id = $1`, [roundId, status]);
        await noticeRoundHandoff(tx, roundId, status);
      });
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
      await inBatches(deliveries, concurrency, ({ proposalId, event }) => signal(proposalId, event));
      return deliveries.length;
    },

    async announceRoundEvent({ event, proposalIds }): Promise<number> {
      await inBatches(proposalIds, concurrency, (proposalId) => signal(proposalId, event));
      return proposalIds.length;
    },

    async deliverCouncilResults(page): Promise<number> {
      const { eventId } = page;
      const tallies = talliesOf(page);
      await recordTallies(tallies);
      await inBatches(tallies, concurrency, (tally) => signal(tally.nomineeId, { type: 'COUNCIL_RESULT', eventId, tally }));
      return tallies.length;
    },

    async endRoundPosting({ eventId, proposalIds }): Promise<RoundPostingExclusion[]> {
      const excluded: RoundPostingExclusion[] = [];
      await inBatches(
        proposalIds,
        concurrency,
        async (proposalId) => {
          const outcome = await endPosting(proposalId, eventId);
          if (outcome !== 'AWAITING_DECISION') excluded.push({ proposalId, outcome });
        },
        excluded,
      );
      return excluded;
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
        messageVi: `Đơn vị chưa gửi hồ sơ đề nghị khen thưởng cho ${round?.name ?? 'đợt khen thưởng'}${round ? `; hạn cuối: hết ngày ${formatShortVietnameseDate(round.deadline)}` : ''}.`,
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

    recordRoundTallies: ({ tallies }) => recordTallies(tallies),

    storeProposalList: ({ listKey, offset, proposalIds }) => storeProposalList(dataSource, listKey, offset, proposalIds),
  };

  async function signal(proposalId: string, event: RoundEvent): Promise<void> {
    try {
      await client.workflow.getHandle(proposalWorkflowId(proposalId)).signal(roundEventSignal, event);
    } catch (error) {
      // A proposal that already ended (withdrawn, rejected) has nothing more to hear.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }

  /** The proposal's own answer; the event id as update id makes a retried call return the first answer. */
  async function endPosting(proposalId: string, eventId: string): Promise<RoundPostingExclusion['outcome'] | 'AWAITING_DECISION'> {
    try {
      return await client.workflow.getHandle(proposalWorkflowId(proposalId)).executeUpdate(endRoundPostingUpdate, { args: [{ eventId }], updateId: eventId });
    } catch (error) {
      // Ended (withdrawn, refused) or no longer in the round: it does not await the round's decision.
      if (error instanceof WorkflowNotFoundError || error instanceof WorkflowUpdateFailedError) return 'LEFT_ROUND';
      throw error;
    }
  }

  async function recordTallies(tallies: NomineeTally[]): Promise<void> {
    await dataSource.query(
      `UPDATE proposal p SET tally = t.tally FROM jsonb_array_elements($1::jsonb) AS e(tally), LATERAL (SELECT e.tally) t
        WHERE p.id = (e.tally->>'nomineeId')::uuid`,
      [JSON.stringify(tallies)],
    );
  }
}

/**
 * Runs `work` over `items`, `concurrency` at a time, heartbeating how far it got (with `carried`,
 * what it has gathered so far), so a retry resumes after the last batch an earlier attempt finished.
 */
async function inBatches<T, C>(items: T[], concurrency: number, work: (item: T) => Promise<void>, carried?: C[]): Promise<void> {
  const ctx = Context.current();
  const details = ctx.info.heartbeatDetails as number | { next: number; carried: C[] } | undefined;
  let next = typeof details === 'number' ? details : (details?.next ?? 0);
  if (carried && typeof details === 'object') carried.push(...details.carried);
  // Only finished batches count: a retry redoes the batch in flight, so its partial gatherings are not saved.
  const progress = () => (carried ? { next, carried: [...carried] } : next);
  let saved = progress();
  // A batch may wait on slow proposals (an update answers once its move is recorded): keep beating meanwhile.
  const beat = setInterval(() => ctx.heartbeat(saved), HEARTBEAT_EVERY_MS);
  try {
    while (next < items.length) {
      const batch = items.slice(next, next + concurrency);
      await Promise.all(batch.map(work));
      next += batch.length;
      saved = progress();
      ctx.heartbeat(saved);
    }
  } finally {
    clearInterval(beat);
  }
}
