import type { EntityManager } from 'typeorm';
import { ProposalListEntity } from '../../entities/proposal-list.entity';
import type { Db } from '../db';

/** Lists of proposal ids a workflow names by key instead of carrying them in its history, stored in pages. */
export class ProposalListRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalListRepository {
    return new ProposalListRepository(manager);
  }

  /** Stores a page of a list at its positions; a page stored again (a retried activity) changes nothing. */
  async storePage(listKey: string, offset: number, proposalIds: string[]): Promise<void> {
    if (proposalIds.length === 0) return;
    await this.db
      .getRepository(ProposalListEntity)
      .createQueryBuilder()
      .insert()
      .values(proposalIds.map((proposalId, i) => ({ listKey, position: offset + i, proposalId })))
      .orIgnore()
      .execute();
  }

  /** The ids of a list in the workflow's order; empty when no page was stored. */
  async idsOf(listKey: string): Promise<string[]> {
    const rows = await this.db.getRepository(ProposalListEntity).find({ select: { proposalId: true }, where: { listKey }, order: { position: 'ASC' } });
    return rows.map((r) => r.proposalId);
  }
}
