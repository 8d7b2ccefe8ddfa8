import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProposalEntity } from '../../entities/proposal.entity';
import type { Db } from '../db';
import { COUNCIL_SEAT, RECUSED } from './proposal-rows';

export interface ProposalTaskRow {
  id: string;
  nominee_name: string;
  title: string;
  year: number;
  /** The deadline the step runs against (return or decision), as yyyy-mm-dd; null when none. */
  due_on: string | null;
  overdue: boolean;
  since: Date;
}

export interface RoundTaskRow {
  id: string;
  name: string;
  status: string;
  nomination_deadline: string;
  waiting: number;
  since: Date;
}

/** Work waiting for a person, per role, read from the read model (bounded: a task list, not a report). */
const LIMIT = 100;
const PROPOSAL_COLUMNS = `p.id, p.nominee_name, p.title, p.year, p.updated_at AS since`;

/**
 * Work waiting for a person, per role. Plain filters use the query builder; the council's and the
 * rounds' lists stay hand-written (the council-seat CTE, correlated counts and NOT EXISTS).
 */
export class TaskListRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): TaskListRepository {
    return new TaskListRepository(manager);
  }

  /** A proposal task row with the given deadline columns, of the body, oldest first unless ordered otherwise. */
  private proposalTasks(bodyId: string, dueOn: string, overdue: string): SelectQueryBuilder<ProposalEntity> {
    return this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .addSelect('p.nomineeName', 'nominee_name')
      .addSelect('p.title', 'title')
      .addSelect('p.year', 'year')
      .addSelect('p.updatedAt', 'since')
      .addSelect(dueOn, 'due_on')
      .addSelect(overdue, 'overdue')
      .where('p.bodyId = :bodyId', { bodyId })
      .limit(LIMIT);
  }

  /** Ad-hoc dossiers the officer has to check for completeness (a round's are checked from the round). */
  dossiersToCheck(bodyId: string): Promise<ProposalTaskRow[]> {
    return this.proposalTasks(bodyId, 'NULL', 'false')
      .andWhere("p.status = 'SUBMITTED' AND p.roundId IS NULL")
      .orderBy('p.updatedAt')
      .getRawMany<ProposalTaskRow>();
  }

  /** Posted proposals with objections nobody has resolved yet. */
  objectionsToResolve(bodyId: string): Promise<ProposalTaskRow[]> {
    return this.db.query(
      `SELECT ${PROPOSAL_COLUMNS}, NULL AS due_on, false AS overdue FROM proposal p
        WHERE p.body_id = $1 AND p.status = 'PUBLICLY_POSTED'
          AND EXISTS (SELECT 1 FROM proposal_objection o WHERE o.proposal_id = p.id AND o.outcome IS NULL)
        ORDER BY p.updated_at LIMIT ${LIMIT}`,
      [bodyId],
    );
  }

  /** Dossiers before the council the user sits on that the user has not voted on and is not recused from. */
  votesToCast(bodyId: string, userId: string): Promise<ProposalTaskRow[]> {
    return this.db.query(
      `${COUNCIL_SEAT}
       SELECT ${PROPOSAL_COLUMNS}, NULL AS due_on, false AS overdue FROM me
         JOIN proposal p ON p.body_id = $1 AND p.status = 'IN_COUNCIL_REVIEW' AND p.round_id IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM proposal_vote v WHERE v.proposal_id = p.id AND v.member_user_id = me.id)
          AND NOT ${RECUSED}
        ORDER BY p.updated_at LIMIT ${LIMIT}`,
      [bodyId, userId],
    );
  }

  /** Ad-hoc proposals awaiting the chairman's decision, by their decision deadline. */
  decisionsToTake(bodyId: string): Promise<ProposalTaskRow[]> {
    return this.proposalTasks(bodyId, 'p.decision_due_on::text', 'p.overdue')
      .andWhere("p.status = 'AWAITING_DECISION' AND p.roundId IS NULL")
      .orderBy('p.overdue', 'DESC')
      .addOrderBy('p.decisionDueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('p.updatedAt')
      .getRawMany<ProposalTaskRow>();
  }

  /** The unit's dossiers returned for papers, by their return deadline. */
  returnsToAnswer(bodyId: string, unitId: string): Promise<ProposalTaskRow[]> {
    return this.proposalTasks(bodyId, 'p.return_due_on::text', 'false')
      .andWhere("p.unitId = :unitId AND p.status = 'RETURNED'", { unitId })
      .orderBy('p.returnDueOn', 'ASC', 'NULLS LAST')
      .getRawMany<ProposalTaskRow>();
  }

  /** Rounds in the given steps, with how many of their proposals wait in `waitingStatus`. */
  rounds(bodyId: string, statuses: string[], waitingStatus: string | null = null): Promise<RoundTaskRow[]> {
    return this.db.query(
      `SELECT r.id, r.name, r.status, r.nomination_deadline::text AS nomination_deadline, r.updated_at AS since,
              (SELECT count(*)::int FROM proposal p WHERE p.round_id = r.id AND p.status = $3) AS waiting
         FROM round r WHERE r.body_id = $1 AND r.status = ANY($2) ORDER BY r.nomination_deadline, r.created_at LIMIT ${LIMIT}`,
      [bodyId, statuses, waitingStatus],
    );
  }

  /** Rounds in session whose ballot the member has not cast. */
  roundBallotsToCast(bodyId: string, userId: string): Promise<RoundTaskRow[]> {
    return this.db.query(
      `SELECT r.id, r.name, r.status, r.nomination_deadline::text AS nomination_deadline, r.updated_at AS since, 0 AS waiting
         FROM round r
         JOIN council c ON c.body_id = r.body_id AND c.active
         JOIN council_member cm ON cm.council_id = c.id AND cm.user_id = $2
        WHERE r.body_id = $1 AND r.status = 'IN_COUNCIL_SESSION'
          AND NOT EXISTS (SELECT 1 FROM round_ballot b WHERE b.round_id = r.id AND b.member_user_id = $2)
        ORDER BY r.updated_at LIMIT ${LIMIT}`,
      [bodyId, userId],
    );
  }

  /** Open rounds the unit has not nominated anyone to yet. */
  roundsWithoutNominations(bodyId: string, unitId: string): Promise<RoundTaskRow[]> {
    return this.db.query(
      `SELECT r.id, r.name, r.status, r.nomination_deadline::text AS nomination_deadline, r.updated_at AS since, 0 AS waiting
         FROM round r
        WHERE r.body_id = $1 AND r.status = 'NOMINATING'
          AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.round_id = r.id AND p.unit_id = $2)
        ORDER BY r.nomination_deadline LIMIT ${LIMIT}`,
      [bodyId, unitId],
    );
  }

  /** The years among `years` of which the ward has recorded at least one day in its own calendar. */
  async calendarYearsRecorded(bodyId: string, years: number[]): Promise<number[]> {
    const rows: { year: number }[] = await this.db.query(
      `SELECT DISTINCT extract(year FROM date)::int AS year FROM calendar_day WHERE body_id = $1 AND extract(year FROM date)::int = ANY($2)`,
      [bodyId, years],
    );
    return rows.map((r) => r.year);
  }
}
