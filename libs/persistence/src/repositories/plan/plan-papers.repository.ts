import type { DataSource, EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { IssuingBodyEntity } from '../../entities/issuing-body.entity';
import { PlanTargetEntity } from '../../entities/plan-target.entity';
import { PlanEntity } from '../../entities/plan.entity';
import { UnitEntity } from '../../entities/unit.entity';

/** A number given to one of the plan's papers. */
export interface PlanPaperNumber {
  numberText: string;
  /** 'yyyy-mm-dd' */
  issuedOn: string;
  year: number;
}

/** The plan with what its papers print in their heading. */
export interface PlanHeadRow {
  plan: PlanEntity;
  body: Pick<IssuingBodyEntity, 'name' | 'headerName' | 'placeName'>;
  /** The body's first chairman; null when it has none. */
  chairman: string | null;
}

/** Where the plan's summary report and registration list stand. */
export interface PlanPapersStateRow {
  summaryNumberText: string | null;
  summarySha256: string | null;
  registrationsSha256: string | null;
  registrationsRenderedAt: Date | null;
}

export interface PlanTargetLine {
  name: string;
  unitOfMeasure: string;
  targetValue: number;
  comparison: string;
  reportingPeriod: string;
  unitName: string;
}

/**
 * The plan's papers as the worker issues them: the plan (Kế hoạch), its summary report (Báo cáo)
 * and the registration list. The plan's own editing is PlanRepository's.
 */
export class PlanPapersRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PlanPapersRepository {
    return new PlanPapersRepository(manager);
  }

  /** The plan of the body, locked until the transaction ends, so it is numbered once. */
  lockInBody(planId: string, bodyId: string): Promise<PlanEntity | null> {
    return this.db.getRepository(PlanEntity).createQueryBuilder('p').where('p.id = :planId AND p.bodyId = :bodyId', { planId, bodyId }).setLock('pessimistic_write').getOne();
  }

  async recordPlanNumber(planId: string, bodyId: string, n: PlanPaperNumber): Promise<void> {
    await this.db.getRepository(PlanEntity).update({ id: planId, bodyId }, { numberText: n.numberText, issuedOn: n.issuedOn, issuedYear: n.year });
  }

  async recordSummaryNumber(planId: string, bodyId: string, n: PlanPaperNumber): Promise<void> {
    await this.db.getRepository(PlanEntity).update({ id: planId, bodyId }, { summaryNumberText: n.numberText, summaryIssuedOn: n.issuedOn, summaryIssuedYear: n.year });
  }

  /** The plan's document, if it was recorded. */
  async documentSha256(planId: string): Promise<string | null> {
    const plan = await this.db.getRepository(PlanEntity).findOne({ select: { id: true, documentSha256: true }, where: { id: planId } });
    return plan?.documentSha256 ?? null;
  }

  async summarySha256(planId: string): Promise<string | null> {
    const plan = await this.db.getRepository(PlanEntity).findOne({ select: { id: true, summarySha256: true }, where: { id: planId } });
    return plan?.summarySha256 ?? null;
  }

  /** Records the plan's document and issues the plan, unless a document was recorded first. */
  async recordDocumentOnce(planId: string, sha256: string): Promise<void> {
    await this.db
      .getRepository(PlanEntity)
      .createQueryBuilder()
      .update()
      .set({ documentSha256: sha256, status: 'ISSUED' })
      .where('id = :planId AND document_sha256 IS NULL', { planId })
      .execute();
  }

  /** Records the summary report, unless one was recorded first. */
  async recordSummaryOnce(planId: string, sha256: string): Promise<void> {
    await this.db.getRepository(PlanEntity).createQueryBuilder().update().set({ summarySha256: sha256 }).where('id = :planId AND summary_sha256 IS NULL', { planId }).execute();
  }

  /** Records the latest registration list; the plan itself is not edited by it (its update time stays). */
  async recordRegistrations(planId: string, bodyId: string, sha256: string): Promise<void> {
    await this.db
      .getRepository(PlanEntity)
      .createQueryBuilder()
      .update()
      .set({ registrationsSha256: sha256, registrationsRenderedAt: () => 'now()', updatedAt: () => 'updated_at' })
      .where('id = :planId AND body_id = :bodyId', { planId, bodyId })
      .execute();
  }

  /** The plan's papers as recorded; null when the plan is not the body's. */
  async papersState(planId: string, bodyId: string): Promise<PlanPapersStateRow | null> {
    const plan = await this.db.getRepository(PlanEntity).findOne({
      select: { id: true, summaryNumberText: true, summarySha256: true, registrationsSha256: true, registrationsRenderedAt: true },
      where: { id: planId, bodyId },
    });
    return plan
      ? { summaryNumberText: plan.summaryNumberText, summarySha256: plan.summarySha256, registrationsSha256: plan.registrationsSha256, registrationsRenderedAt: plan.registrationsRenderedAt }
      : null;
  }

  async head(planId: string, bodyId: string): Promise<PlanHeadRow | null> {
    const plan = await this.db.getRepository(PlanEntity).findOneBy({ id: planId, bodyId });
    if (!plan) return null;
    const body = await this.db.getRepository(IssuingBodyEntity).findOneByOrFail({ id: bodyId });
    const chairman = await this.db
      .getRepository(AppUserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where(`u.bodyId = :bodyId AND 'CHAIRMAN' = ANY(u.roles)`, { bodyId })
      .orderBy('u.createdAt')
      .getOne();
    return { plan, body: { name: body.name, headerName: body.headerName, placeName: body.placeName }, chairman: chairman?.displayName ?? null };
  }

  /** The plan's targets in their order, with the unit responsible for each. */
  async targets(planId: string): Promise<PlanTargetLine[]> {
    const rows = await this.db
      .getRepository(PlanTargetEntity)
      .createQueryBuilder('t')
      .innerJoin(UnitEntity, 'u', 'u.id = t.responsibleUnitId')
      .select(['t.name AS name', 't.unitOfMeasure AS unit_of_measure', 't.targetValue AS target_value', 't.comparison AS comparison', 't.reportingPeriod AS reporting_period', 'u.name AS unit_name'])
      .where('t.planId = :planId', { planId })
      .orderBy('t.ordinal')
      .getRawMany<{ name: string; unit_of_measure: string; target_value: string; comparison: string; reporting_period: string; unit_name: string }>();
    return rows.map((r) => ({
      name: r.name, unitOfMeasure: r.unit_of_measure, targetValue: Number(r.target_value), comparison: r.comparison, reportingPeriod: r.reporting_period, unitName: r.unit_name,
    }));
  }
}
