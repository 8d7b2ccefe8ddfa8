import type { DataSource, EntityManager } from 'typeorm';
import { DecisionRevocationEntity } from '../../entities/decision-revocation.entity';

export interface NewRevocation {
  bodyId: string;
  decisionId: string;
  /** The awardees withdrawn; null withdraws the whole decision. */
  proposalIds: string[] | null;
  reason: string;
  requestedBy: string;
}

/** Requests to withdraw a decision, carried out by a corrective decision. */
export class RevocationRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): RevocationRepository {
    return new RevocationRepository(manager);
  }

  findInBody(revocationId: string, bodyId: string): Promise<DecisionRevocationEntity | null> {
    return this.db.getRepository(DecisionRevocationEntity).findOneBy({ id: revocationId, bodyId });
  }

  /** The revocation withdrawing the whole decision, if there is one. */
  findWholeOf(decisionId: string): Promise<DecisionRevocationEntity | null> {
    return this.db
      .getRepository(DecisionRevocationEntity)
      .createQueryBuilder('r')
      .where('r.decisionId = :decisionId AND r.proposalIds IS NULL', { decisionId })
      .getOne();
  }

  /** Records a request; requested now, waiting for its corrective decision. */
  async insertRequested(revocation: NewRevocation): Promise<string> {
    const result = await this.db
      .getRepository(DecisionRevocationEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...revocation, requestedAt: () => 'now()', status: 'REQUESTED' })
      .returning('id')
      .execute();
    return (result.identifiers[0] as { id: string }).id;
  }

  async markIssued(revocationId: string, correctiveDecisionId: string): Promise<void> {
    await this.db.getRepository(DecisionRevocationEntity).update({ id: revocationId }, { status: 'ISSUED', correctiveDecisionId });
  }
}
