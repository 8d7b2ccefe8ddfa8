import type { DataSource } from 'typeorm';
import { RoundRepository } from '@khenthuong/persistence';
import { missingData } from './activity-failure';

/** An activity input about proposals: the ids themselves, or the key of a list stored in pages. */
export interface ProposalListInput {
  proposalIds: string[];
  listKey?: string;
}

/** Stores a page of a list at its positions; a page stored again (a retried activity) changes nothing. */
export async function storeProposalList(dataSource: DataSource, listKey: string, offset: number, proposalIds: string[]): Promise<void> {
  await new RoundRepository(dataSource).storeProposalList(listKey, offset, proposalIds);
}

/** The ids an input is about, in the workflow's order. */
export async function proposalIdsOf(dataSource: DataSource, input: ProposalListInput): Promise<string[]> {
  if (input.listKey === undefined) return input.proposalIds;
  const proposalIds = await new RoundRepository(dataSource).proposalList(input.listKey);
  if (proposalIds.length === 0) {
    // The workflow stores the list before naming it: an empty one is a defect no retry repairs.
    throw missingData(`proposal list ${input.listKey} is empty`);
  }
  return proposalIds;
}

/** Wraps an activity so it receives the ids of the list its input names. */
export function resolvingProposalList<I extends ProposalListInput, R>(dataSource: DataSource, activity: (input: I) => Promise<R>): (input: I) => Promise<R> {
  return async (input) => activity({ ...input, proposalIds: await proposalIdsOf(dataSource, input) });
}
