import type { DataSource, EntityManager, QueryDeepPartialEntity, SelectQueryBuilder } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity';
import { RoundBallotEntity } from '../entities/round-ballot.entity';
import { RoundEntity } from '../entities/round.entity';
import { UnitEntity } from '../entities/unit.entity';

/** A round as the api returns it (field names are part of its JSON). */
export interface RoundSummaryRow {
  id: string;
  workflow_id: string;
  name: string;
  kind: string;
  year: number;
  /** 'yyyy-mm-dd' */
  nomination_deadline: string;
  secret_ballot: boolean;
  status: string;
}

export interface NewRound {
  bodyId: string;
  clientKey: string;
  name: string;
  kind: string;
  year: number;
  ruleSetId: string;
  nominationDeadline: string;
  secretBallot: boolean;
  createdBy: string;
}

/** A proposal of the round as the council's fan-out needs it. */
export interface RoundNomineeRow {
  proposalId: string;
  title: string;
  nomineeName: string;
  unitId: string;
  recusedUserIds: string[];
}

export interface RoundBallotRecord {
  bodyId: string;
  roundId: string;
  memberUserId: string;
  defaultChoice: string | null;
  exceptions: unknown[] | null;
  written: boolean;
  scanSha256: string | null;
}

/** Rounds, their ballots, and the pages of proposal lists their papers name. */
export class RoundRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): RoundRepository {
    return new RoundRepository(manager);
  }

  /** Opens a round once per (body, client key); null when that key already has one. */
  async insertOnce(round: NewRound, newId: string): Promise<string | null> {
    const result = await this.db
      .getRepository(RoundEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...round, id: newId, workflowId: `round-${newId}`, status: 'NOMINATING' })
      .orIgnore()
      .returning('id')
      .updateEntity(false)
      .execute();
    const [row] = result.raw as { id: string }[];
    return row?.id ?? null;
  }

  async idByClientKey(bodyId: string, clientKey: string): Promise<string | null> {
    const row = await this.db.getRepository(RoundEntity).findOne({ select: { id: true }, where: { bodyId, clientKey } });
    return row?.id ?? null;
  }

  /** The body's latest rounds, newest first. */
  latestOfBody(bodyId: string, limit: number): Promise<RoundSummaryRow[]> {
    return this.summaries().where('r.bodyId = :bodyId', { bodyId }).orderBy('r.createdAt', 'DESC').limit(limit).getRawMany<RoundSummaryRow>();
  }

  /** The body's rounds of `year` still taking nominations, newest first. */
  nominatingOfYear(bodyId: string, year: number): Promise<RoundSummaryRow[]> {
    return this.summaries().where(`r.bodyId = :bodyId AND r.year = :year AND r.status = 'NOMINATING'`, { bodyId, year }).orderBy('r.createdAt', 'DESC').getRawMany<RoundSummaryRow>();
  }

  async findInBody(roundId: string, bodyId: string): Promise<RoundSummaryRow | null> {
    return (await this.summaries().where('r.id = :roundId AND r.bodyId = :bodyId', { roundId, bodyId }).getRawOne<RoundSummaryRow>()) ?? null;
  }

  /** Whether `subjectKey` names a round of the body; compared as text, so a key that is no id is simply not one. */
  async isRoundOfBody(subjectKey: string, bodyId: string): Promise<boolean> {
    const row = await this.db.getRepository(RoundEntity).createQueryBuilder('r').select('r.id').where('r.bodyId = :bodyId AND CAST(r.id AS text) = :subjectKey', { bodyId, subjectKey }).getOne();
    return row !== null;
  }

  async recordStatus(roundId: string, status: string): Promise<void> {
    await this.db.getRepository(RoundEntity).update({ id: roundId }, { status });
  }

  /** A page of the round's proposals in one status, by id after `afterProposalId`. */
  async nominees(roundId: string, status: string, afterProposalId: string | null, limit: number): Promise<RoundNomineeRow[]> {
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.title', 'p.nomineeName', 'p.unitId', 'p.recusedUserIds'])
      .where('p.roundId = :roundId AND p.status = :status', { roundId, status })
      .orderBy('p.id')
      .limit(limit);
    if (afterProposalId) query.andWhere('p.id > :afterProposalId', { afterProposalId });
    return (await query.getMany()).map((p) => ({ proposalId: p.id, title: p.title, nomineeName: p.nomineeName, unitId: p.unitId, recusedUserIds: p.recusedUserIds }));
  }

  /** The body's units that have not sent a proposal to the round. */
  async unitsWithoutProposals(bodyId: string, roundId: string): Promise<string[]> {
    const units = await this.db
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .select('u.id')
      .where('u.bodyId = :bodyId', { bodyId })
      .andWhere((q) => `NOT EXISTS ${q.subQuery().select('1').from(ProposalEntity, 'p').where('p.roundId = :roundId AND p.unitId = u.id').getQuery()}`)
      .setParameter('roundId', roundId)
      .getMany();
    return units.map((u) => u.id);
  }

  /** A member's ballot over the round; a later one (a corrected written ballot) replaces it. */
  async recordBallot(ballot: RoundBallotRecord): Promise<void> {
    await this.db
      .getRepository(RoundBallotEntity)
      .createQueryBuilder()
      .insert()
      // JSON columns defeat the builder's deep-partial type; the values are the entity's own columns.
      .values({ ...ballot, castAt: () => 'now()' } as QueryDeepPartialEntity<RoundBallotEntity>)
      .orUpdate(['default_choice', 'exceptions', 'written', 'scan_sha256', 'cast_at'], ['round_id', 'member_user_id'])
      .execute();
  }

  /**
   * Stores the council's tallies on their proposals, in one statement. Raw SQL: the builder cannot
   * update from a JSON array.
   */
  async recordTallies(tallies: { nomineeId: string }[]): Promise<void> {
    await this.db.query(
      `UPDATE proposal p SET tally = t.tally FROM jsonb_array_elements($1::jsonb) AS e(tally), LATERAL (SELECT e.tally) t
        WHERE p.id = (e.tally->>'nomineeId')::uuid`,
      [JSON.stringify(tallies)],
    );
  }

  private summaries(): SelectQueryBuilder<RoundEntity> {
    return this.db
      .getRepository(RoundEntity)
      .createQueryBuilder('r')
      .select(['r.id AS id', 'r.workflowId AS workflow_id', 'r.name AS name', 'r.kind AS kind', 'r.year AS year'])
      .addSelect(['CAST(r.nominationDeadline AS text) AS nomination_deadline', 'r.secretBallot AS secret_ballot', 'r.status AS status']);
  }
}
