import type { DataSource, EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { DecisionEntity, type DecisionKind } from '../../entities/decision.entity';
import { ProposalEntity } from '../../entities/proposal.entity';

/** A numbered decision as its paper prints it. */
export interface NumberedDecision {
  id: string;
  /** '01/QĐ-UBND' */
  numberText: string;
  /** 'yyyy-mm-dd' */
  decisionDate: string;
  year: number;
}

export interface NewDecision {
  bodyId: string;
  subjectKey: string;
  /** AWARD when not given. */
  kind?: DecisionKind;
  year: number;
  symbol: string;
  sequence: number;
  numberText: string;
  decisionDate: string;
  signerUserId: string;
}

export interface DecisionWithSigner {
  id: string;
  numberText: string;
  decisionDate: string;
  createdAt: Date;
  signer: { displayName: string; roles: string[] };
}

/**
 * What a decision is about (`subject_key`), built in one place: an ad-hoc proposal's decision is
 * keyed by the proposal id, a round's decision on one title by `round:<roundId>:<title>`, a
 * corrective decision by `revoke:<revocationId>`. The round workflow builds the same key itself
 * (workflow code cannot import this library); keep the two in step. Readers never parse it: what a
 * decision is reads from its `kind`.
 */
export const DecisionSubjectKey = {
  ofProposal: (proposalId: string): string => proposalId,
  ofRoundTitle: (roundId: string, title: string): string => `round:${roundId}:${title}`,
  ofRevocation: (revocationId: string): string => `revoke:${revocationId}`,
} as const;

/** Numbered decisions: one row per (body, subject), numbered through CounterRepository. */
export class DecisionRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): DecisionRepository {
    return new DecisionRepository(manager);
  }

  async findBySubject(bodyId: string, subjectKey: string): Promise<NumberedDecision | null> {
    const row = await this.db.getRepository(DecisionEntity).findOne({
      select: { id: true, numberText: true, decisionDate: true, year: true },
      where: { bodyId, subjectKey },
    });
    return row ? { id: row.id, numberText: row.numberText, decisionDate: row.decisionDate, year: row.year } : null;
  }

  /**
   * The person who decided last signs a decision not issued yet: after a refusal on the signer's
   * device, another person (a vice-chairman) may decide, and the number stays the same.
   */
  async recordSigner(bodyId: string, decisionId: string, signerUserId: string): Promise<void> {
    await this.db.query(
      `UPDATE decision d SET signer_user_id = $3 WHERE d.id = $1 AND d.body_id = $2 AND d.signer_user_id <> $3
          AND NOT EXISTS (SELECT 1 FROM archived_document a WHERE a.decision_id = d.id)`,
      [decisionId, bodyId, signerUserId],
    );
  }

  async insert(decision: NewDecision): Promise<string> {
    const result = await this.db.getRepository(DecisionEntity).insert(decision);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The decision of the body, locked until the transaction ends (so two revocations cannot both pass their checks). */
  lockInBody(decisionId: string, bodyId: string): Promise<DecisionEntity | null> {
    return this.db
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .where('d.id = :decisionId AND d.bodyId = :bodyId', { decisionId, bodyId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The decision with the name and roles of who signs it. */
  async withSigner(bodyId: string, decisionId: string): Promise<DecisionWithSigner | null> {
    const row = await this.db
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin(AppUserEntity, 's', 's.id = d.signerUserId')
      .select(['d.id AS id', 'd.numberText AS number_text', 'CAST(d.decisionDate AS text) AS decision_date', 'd.createdAt AS created_at', 's.displayName AS display_name', 's.roles AS roles'])
      .where('d.id = :decisionId AND d.bodyId = :bodyId', { decisionId, bodyId })
      .getRawOne<{ id: string; number_text: string; decision_date: string; created_at: Date; display_name: string; roles: string[] }>();
    if (!row) return null;
    return { id: row.id, numberText: row.number_text, decisionDate: row.decision_date, createdAt: new Date(row.created_at), signer: { displayName: row.display_name, roles: row.roles } };
  }

  /** Each awarded proposal points at its decision, so its pages find the decision PDF (idempotent). */
  async recordGrant(bodyId: string, decisionId: string, proposalIds: string[]): Promise<void> {
    await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder()
      .update()
      .set({ decisionId })
      .where('body_id = :bodyId AND id = ANY(:proposalIds) AND decision_id IS DISTINCT FROM :decisionId', { bodyId, proposalIds, decisionId })
      .execute();
  }

  /** The proposals the decision granted (all, or those among `among`), by id. */
  async grantedProposalIds(bodyId: string, decisionId: string, among?: string[]): Promise<string[]> {
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select('p.id')
      .where('p.decisionId = :decisionId AND p.bodyId = :bodyId', { decisionId, bodyId })
      .orderBy('p.id');
    if (among) query.andWhere('p.id = ANY(:among)', { among });
    return (await query.getMany()).map((p) => p.id);
  }
}
