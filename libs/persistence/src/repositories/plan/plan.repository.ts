import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { PlanTargetEntity } from '../../entities/plan-target.entity';
import { PlanEntity, type PlanMovement } from '../../entities/plan.entity';
import { UnitEntity } from '../../entities/unit.entity';
import { managerOf, type Db } from '../db';

/** A plan as its pages and papers read it; dates are 'yyyy-mm-dd'. */
export interface PlanRow {
  id: string;
  body_id: string;
  kind: 'YEAR' | 'CAMPAIGN';
  year: number;
  title: string;
  motto: string;
  legal_bases: string[];
  movements: PlanMovement[];
  starts_on: string;
  ends_on: string;
  registration_deadline: string;
  report_grace_days: number;
  status: string;
  number_text: string | null;
  issued_on: string | null;
  document_sha256: string | null;
}

/** A target of the plan with its responsible unit's name; the value as PostgreSQL prints the numeric. */
export interface PlanTargetRow {
  id: string;
  plan_id: string;
  ordinal: number;
  name: string;
  unit_of_measure: string;
  target_value: string;
  comparison: string;
  value_kind: string;
  responsible_unit_id: string;
  responsible_unit_name: string;
  data_source: string;
  reporting_period: string;
}

export interface NewPlanTarget {
  name: string;
  unitOfMeasure: string;
  targetValue: number;
  comparison: string;
  valueKind: string;
  responsibleUnitId: string;
  dataSource: string;
  reportingPeriod: string;
}

export interface NewPlan {
  bodyId: string;
  kind: string;
  year: number;
  title: string;
  motto: string;
  legalBases: string[];
  movements: PlanMovement[];
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  reportGraceDays: number;
  createdBy: string;
}

/** How many plans a list shows at most. */
const PLAN_LIST_LIMIT = 200;

/** The plans (kế hoạch, đợt thi đua) of a body and their targets; every read is scoped by the body. */
export class PlanRepository {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PlanRepository {
    return new PlanRepository(manager);
  }

  /** A new draft plan with its targets, numbered 1, 2, … in the order given; returns its id. */
  async insertPlan(plan: NewPlan, targets: NewPlanTarget[]): Promise<string> {
    return managerOf(this.db).transaction(async (tx) => {
      const result = await tx.getRepository(PlanEntity).insert({
        bodyId: plan.bodyId, kind: plan.kind, year: plan.year, title: plan.title, motto: plan.motto, legalBases: plan.legalBases, movements: plan.movements,
        startsOn: plan.startsOn, endsOn: plan.endsOn, registrationDeadline: plan.registrationDeadline, reportGraceDays: plan.reportGraceDays, status: 'DRAFT', createdBy: plan.createdBy,
      });
      const planId = (result.identifiers[0] as { id: string }).id;
      for (const target of targets) await insertTargetIn(tx, plan.bodyId, planId, target);
      return planId;
    });
  }

  /** A target added at the end of the plan's list; returns its id. */
  async insertTarget(bodyId: string, planId: string, target: NewPlanTarget): Promise<string> {
    return managerOf(this.db).transaction(async (tx) => {
      // Serialise ordinals of one plan: two officers adding at once get 18 and 19, not 18 twice.
      await tx.getRepository(PlanEntity).createQueryBuilder('p').select('p.id').where('p.id = :planId AND p.bodyId = :bodyId', { planId, bodyId }).setLock('pessimistic_write').getOne();
      return insertTargetIn(tx, bodyId, planId, target);
    });
  }

  async findPlan(bodyId: string, id: string): Promise<PlanRow | null> {
    return (await this.plans().where('p.id = :id AND p.bodyId = :bodyId', { id, bodyId }).getRawOne<PlanRow>()) ?? null;
  }

  /** The body's plans, latest year and start first; all years when `year` is undefined. */
  listPlans(bodyId: string, year: number | undefined): Promise<PlanRow[]> {
    const query = this.plans().where('p.bodyId = :bodyId', { bodyId });
    if (year !== undefined) query.andWhere('p.year = :year', { year });
    return query.orderBy('p.year', 'DESC').addOrderBy('p.startsOn', 'DESC').limit(PLAN_LIST_LIMIT).getRawMany<PlanRow>();
  }

  /** The plan's targets in their order. */
  listTargets(bodyId: string, planId: string): Promise<PlanTargetRow[]> {
    return this.db
      .getRepository(PlanTargetEntity)
      .createQueryBuilder('t')
      .innerJoin(UnitEntity, 'u', 'u.id = t.responsibleUnitId')
      .select(['t.id AS id', 't.planId AS plan_id', 't.ordinal AS ordinal', 't.name AS name', 't.unitOfMeasure AS unit_of_measure', 't.targetValue AS target_value'])
      .addSelect(['t.comparison AS comparison', 't.valueKind AS value_kind', 't.responsibleUnitId AS responsible_unit_id', 'u.name AS responsible_unit_name'])
      .addSelect(['t.dataSource AS data_source', 't.reportingPeriod AS reporting_period'])
      .where('t.bodyId = :bodyId AND t.planId = :planId', { bodyId, planId })
      .orderBy('t.ordinal')
      .getRawMany<PlanTargetRow>();
  }

  async findTarget(bodyId: string, planId: string, targetId: string): Promise<PlanTargetRow | null> {
    const rows = await this.listTargets(bodyId, planId);
    return rows.find((t) => t.id === targetId) ?? null;
  }

  private plans(): SelectQueryBuilder<PlanEntity> {
    return this.db
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .select(['p.id AS id', 'p.bodyId AS body_id', 'p.kind AS kind', 'p.year AS year', 'p.title AS title', 'p.motto AS motto', 'p.legalBases AS legal_bases', 'p.movements AS movements'])
      .addSelect(['CAST(p.startsOn AS text) AS starts_on', 'CAST(p.endsOn AS text) AS ends_on', 'CAST(p.registrationDeadline AS text) AS registration_deadline'])
      .addSelect(['p.reportGraceDays AS report_grace_days', 'p.status AS status', 'p.numberText AS number_text', 'CAST(p.issuedOn AS text) AS issued_on', 'p.documentSha256 AS document_sha256']);
  }
}

/** Inserts the target after the plan's last one; the caller holds the plan (locked, or not yet committed). */
async function insertTargetIn(tx: EntityManager, bodyId: string, planId: string, t: NewPlanTarget): Promise<string> {
  const targets = tx.getRepository(PlanTargetEntity);
  const last = await targets.createQueryBuilder('t').select('COALESCE(MAX(t.ordinal), 0)', 'ordinal').where('t.planId = :planId', { planId }).getRawOne<{ ordinal: number }>();
  const result = await targets.insert({
    bodyId, planId, ordinal: Number(last?.ordinal ?? 0) + 1, name: t.name, unitOfMeasure: t.unitOfMeasure, targetValue: t.targetValue, comparison: t.comparison,
    valueKind: t.valueKind, responsibleUnitId: t.responsibleUnitId, dataSource: t.dataSource, reportingPeriod: t.reportingPeriod,
  });
  return (result.identifiers[0] as { id: string }).id;
}
