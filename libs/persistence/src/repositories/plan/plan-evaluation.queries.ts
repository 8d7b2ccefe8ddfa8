import type { EntityManager } from 'typeorm';
import { DecisionEntity } from '../../entities/decision.entity';
import { PersonEntity } from '../../entities/person.entity';
import { ProposalEntity } from '../../entities/proposal.entity';
import { UnitEntity } from '../../entities/unit.entity';
import type { Db } from '../db';

/** Decided awards counted by year, title, unit and gender ('NAM', 'NU', 'KHONG_RO'; 'TAP_THE' for collectives). */
export interface DecidedAwardCountRow {
  year: number;
  title: string;
  unitName: string;
  gender: string;
  count: number;
}

/** An award a person or unit holds in the register. */
export interface RegisterAwardRow {
  recipientId: string;
  title: string;
  year: number;
}

export interface RegisterHistoryFilter {
  bodyId: string;
  fromYear: number;
  toYear: number;
  personIds: string[];
  unitIds: string[];
  /** Proposals under these keys are left out (the plan's own candidates). */
  exceptClientKeys: string[];
}

/** The year-end evaluation's reads: candidates' proposals, award statistics and the register's histories. */
export class PlanEvaluationQueries {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PlanEvaluationQueries {
    return new PlanEvaluationQueries(manager);
  }

  /** The proposal submitted under each of the keys, by key; keys without one are absent. */
  async proposalIdsByClientKey(bodyId: string, clientKeys: string[]): Promise<Map<string, string>> {
    if (clientKeys.length === 0) return new Map();
    const rows = await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.clientKey'])
      .where('p.bodyId = :bodyId AND p.clientKey = ANY(:clientKeys)', { bodyId, clientKeys })
      .getMany();
    return new Map(rows.map((p) => [p.clientKey, p.id]));
  }

  /** Awards with a decision (the proposal points at it), of one year or all; the unit is the nominee's own where known. */
  async awardCounts(bodyId: string, year: number | undefined): Promise<DecidedAwardCountRow[]> {
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(DecisionEntity, 'd', 'd.id = p.decisionId AND d.bodyId = p.bodyId')
      .innerJoin(UnitEntity, 'u', 'u.id = p.unitId')
      .leftJoin(PersonEntity, 'pe', 'pe.id = p.nomineePersonId')
      .leftJoin(UnitEntity, 'pu', 'pu.id = pe.unitId')
      .leftJoin(UnitEntity, 'nu', 'nu.id = p.nomineeUnitId')
      .select('p.year', 'year')
      .addSelect('p.title', 'title')
      .addSelect('COALESCE(nu.name, pu.name, u.name)', 'unit_name')
      .addSelect(`CASE WHEN p.nomineeKind = 'INDIVIDUAL' THEN COALESCE(pe.gender, 'KHONG_RO') ELSE 'TAP_THE' END`, 'gender')
      .addSelect('CAST(COUNT(*) AS int)', 'count')
      .where('p.bodyId = :bodyId', { bodyId });
    if (year !== undefined) query.andWhere('p.year = :year', { year });
    // By position: `gender` is also a column of person, which GROUP BY would take instead of the output.
    const rows = await query.groupBy('1, 2, 3, 4').orderBy('1, 2, 3, 4').getRawMany<{ year: number; title: string; unit_name: string; gender: string; count: number }>();
    return rows.map((r) => ({ year: r.year, title: r.title, unitName: r.unit_name, gender: r.gender, count: r.count }));
  }

  /**
   * People's and units' awards in the register over the years. Hand-written: `award_register` is a
   * view without an entity.
   */
  async registerHistories(f: RegisterHistoryFilter): Promise<RegisterAwardRow[]> {
    const rows: Array<{ recipient_id: string; title: string; year: number }> = await this.db.query(
      `SELECT COALESCE(ar.person_id, ar.unit_id) AS recipient_id, ar.title, ar.year
         FROM award_register ar LEFT JOIN proposal p ON p.id = ar.proposal_id
        WHERE ar.body_id = $1 AND ar.year BETWEEN $2 AND $3 AND ar.household_id IS NULL
          AND (ar.person_id = ANY($4::uuid[]) OR (ar.person_id IS NULL AND ar.unit_id = ANY($5::uuid[])))
          AND (p.client_key IS NULL OR NOT (p.client_key = ANY($6::text[])))`,
      [f.bodyId, f.fromYear, f.toYear, f.personIds, f.unitIds, f.exceptClientKeys],
    );
    return rows.map((r) => ({ recipientId: r.recipient_id, title: r.title, year: r.year }));
  }
}
