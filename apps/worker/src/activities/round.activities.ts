import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { RoundRepository } from '@khenthuong/persistence';
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
  const rounds = new RoundRepository(dataSource);

  return {
    async recordRoundStatus({ roundId, status }): Promise<void> {
      await dataSource.transaction(async (tx) => {
        await RoundRepository.in(tx).recordStatus(roundId, status);
        await noticeRoundHandoff(tx, roundId, status);
      });
    },

    async listRoundNominees({ roundId, status, afterProposalId, limit }): Promise<RoundNominee[]> {
      const rows = await rounds.nominees(roundId, status, afterProposalId, limit);
      return rows.map((r) => ({ ...r, title: r.title as AwardTitle }));
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
      const unitIds = await rounds.unitsWithoutProposals(bodyId, roundId);
      const round = await rounds.findInBody(roundId, bodyId);
      return notify(dataSource, {
        bodyId,
        eventKey,
        proposalId: null,
        roundId,
        unitIds,
        kind: 'ROUND_REMINDER',
        messageVi: `Đơn vị chưa gửi hồ sơ đề nghị khen thưởng cho ${round?.name ?? 'đợt khen thưởng'}${round ? `; hạn cuối: hết ngày ${formatShortVietnameseDate(round.nomination_deadline)}` : ''}.`,
      });
    },

    async recordRoundBallot(input): Promise<void> {
      await rounds.recordBallot({
        bodyId: input.bodyId, roundId: input.roundId, memberUserId: input.memberUserId, defaultChoice: input.defaultChoice,
        exceptions: input.exceptions ?? null, written: input.written, scanSha256: input.scanSha256,
      });
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
    await rounds.recordTallies(tallies);
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
