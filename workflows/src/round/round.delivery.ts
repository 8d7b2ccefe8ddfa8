import { patched, workflowInfo } from '@temporalio/workflow';
import type { NomineeTally } from '@khenthuong/domain';
import type { PaperSubjects } from '../shared/papers';
import type { CouncilResultPage, ProposalActivities, RoundActivities, RoundEvent, RoundPostingExclusion } from '@khenthuong/temporal';

/** Page size of read-model listings and of fan-outs: keeps every activity payload far below Temporal's limits. */
export const ROUND_PAGE_SIZE = 500;
/**
 * Added after runs had started: one event per page of proposal ids instead of one copy per
 * proposal, and the tallies recorded and delivered in one pass, so the round's history grows by a
 * few bytes per proposal. Runs recorded before replay the per-proposal deliveries.
 */
export const COMPACT_FAN_OUT = 'round-compact-fan-out';
/**
 * Added after runs had started: the posting ends through an Update on each proposal, and the round
 * decides over the proposals that answered they await the decision, not over a read-model listing.
 */
export const ACKNOWLEDGED_DECISION = 'round-decides-over-acknowledged';

/**
 * Added after runs had started: a round's papers name a list stored in pages beforehand instead of
 * carrying every proposal id, so no activity input grows with the round. Runs recorded before pass the ids.
 */
export const PAPER_LISTS = 'round-papers-name-stored-lists';

export interface RoundAnnouncement {
  event: RoundEvent;
  proposalIds: string[];
}

function* pages<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Each distinct outcome once (nominees with the same votes have the same reasons), each nominee by its index. */
function compact(tallies: NomineeTally[]): Omit<CouncilResultPage, 'eventId'> {
  const outcomes: Omit<NomineeTally, 'nomineeId'>[] = [];
  const indexOf = new Map<string, number>();
  const nominees = tallies.map(({ nomineeId, ...outcome }) => {
    const key = JSON.stringify(outcome);
    let index = indexOf.get(key);
    if (index === undefined) indexOf.set(key, (index = outcomes.push(outcome) - 1));
    return { proposalId: nomineeId, outcome: index };
  });
  return { outcomes, nominees };
}

/** How the round tells its proposals what happened: a fan-out activity per page, never a signal per proposal from the workflow. */
export class RoundDelivery {
  constructor(private readonly activities: ProposalActivities & RoundActivities) {}

  /** Each announcement to its proposals, in order. */
  async announce(announcements: RoundAnnouncement[]): Promise<void> {
    if (!patched(COMPACT_FAN_OUT)) {
      return this.fanOut(announcements.flatMap(({ event, proposalIds }) => proposalIds.map((proposalId) => ({ proposalId, event }))));
    }
    for (const { event, proposalIds } of announcements) {
      for (const page of pages(proposalIds, ROUND_PAGE_SIZE)) await this.activities.announceRoundEvent({ event, proposalIds: page });
    }
  }

  /** Records the tallies in the read model and tells each proposal its result. */
  async councilResults(eventId: string, tallies: NomineeTally[]): Promise<void> {
    if (!patched(COMPACT_FAN_OUT)) {
      for (const page of pages(tallies, ROUND_PAGE_SIZE)) await this.activities.recordRoundTallies({ tallies: page });
      return this.fanOut(tallies.map((tally) => ({ proposalId: tally.nomineeId, event: { type: 'COUNCIL_RESULT', eventId, tally } })));
    }
    for (const page of pages(tallies, ROUND_PAGE_SIZE)) await this.activities.deliverCouncilResults({ eventId, ...compact(page) });
  }

  /**
   * Ends the posting on every proposal of the list and returns those that do not await the
   * decision; null for runs recorded before the acknowledgement (they read the read model).
   */
  async endPosting(eventId: string, proposalIds: string[]): Promise<RoundPostingExclusion[] | null> {
    if (!patched(ACKNOWLEDGED_DECISION)) {
      await this.fanOut(proposalIds.map((proposalId) => ({ proposalId, event: { type: 'POSTING_ENDED', eventId } })));
      return null;
    }
    const excluded: RoundPostingExclusion[] = [];
    for (const page of pages(proposalIds, ROUND_PAGE_SIZE)) excluded.push(...(await this.activities.endRoundPosting({ eventId, proposalIds: page })));
    return excluded;
  }

  /**
   * Stores `proposalIds` in pages under a key of this run (`name` tells the paper) and returns the
   * reference a paper takes; an empty list, or a run recorded before, passes the ids themselves.
   */
  async storeList(name: string, proposalIds: string[]): Promise<PaperSubjects> {
    if (proposalIds.length === 0 || !patched(PAPER_LISTS)) return proposalIds;
    const listKey = `${workflowInfo().workflowId}:${name}`;
    for (let offset = 0; offset < proposalIds.length; offset += ROUND_PAGE_SIZE) {
      await this.activities.storeProposalList({ listKey, offset, proposalIds: proposalIds.slice(offset, offset + ROUND_PAGE_SIZE) });
    }
    return { listKey };
  }

  /** Per-proposal deliveries, as runs recorded before the compact fan-out made them. */
  private async fanOut(deliveries: { proposalId: string; event: RoundEvent }[]): Promise<void> {
    for (const page of pages(deliveries, ROUND_PAGE_SIZE)) await this.activities.signalRoundProposals({ deliveries: page });
  }
}
