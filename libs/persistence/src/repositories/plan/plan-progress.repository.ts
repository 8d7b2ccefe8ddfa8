import type { EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { PlanProgressReportEntity } from '../../entities/plan-progress-report.entity';
import { PlanTargetEntity } from '../../entities/plan-target.entity';
import { managerOf, type Db } from '../db';

/** A reported value with who reported it; the value as PostgreSQL prints the numeric. */
export interface PlanReportRow {
  id: string;
  target_id: string;
  period_key: string;
  value: string;
  note: string | null;
  evidence_sha256: string | null;
  evidence_mime: string | null;
  evidence_name: string | null;
  evidence_size: number | null;
  corrects_report_id: string | null;
  reported_by: string;
  reporter_name: string;
  reported_at: Date;
}

export interface NewPlanReport {
  bodyId: string;
  planId: string;
  targetId: string;
  /** '2024-Q1', '2024-M03', '2024-H1', '2024-Y' */
  periodKey: string;
  value: number;
  note: string | null;
  evidence: { sha256: string; mime: string; name: string; size: number };
  reportedBy: string;
  reporterUnitId: string | null;
  now: Date;
}

/** A report's evidence file and the unit responsible for its target. */
export interface PlanEvidenceRow {
  evidence_sha256: string;
  evidence_mime: string;
  evidence_name: string;
  unit_id: string;
}

/** Progress reports of a plan's targets: append-only, a correction points at the report it corrects. */
export class PlanProgressRepository {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PlanProgressRepository {
    return new PlanProgressRepository(manager);
  }

  /** Records a report; a later report of the same target and period corrects the latest one. Returns its id. */
  async insertReport(r: NewPlanReport): Promise<string> {
    return managerOf(this.db).transaction(async (tx) => {
      // Lock the target so two reports of one period chain their corrections in order.
      await tx.getRepository(PlanTargetEntity).createQueryBuilder('t').select('t.id').where('t.id = :targetId', { targetId: r.targetId }).setLock('pessimistic_write').getOne();
      const reports = tx.getRepository(PlanProgressReportEntity);
      const previous = await reports.findOne({
        select: { id: true },
        where: { targetId: r.targetId, periodKey: r.periodKey },
        order: { reportedAt: 'DESC', id: 'DESC' },
      });
      const result = await reports.insert({
        bodyId: r.bodyId, planId: r.planId, targetId: r.targetId, periodKey: r.periodKey, value: r.value, note: r.note,
        evidenceSha256: r.evidence.sha256, evidenceMime: r.evidence.mime, evidenceName: r.evidence.name, evidenceSize: r.evidence.size,
        correctsReportId: previous?.id ?? null, reportedBy: r.reportedBy, reporterUnitId: r.reporterUnitId, reportedAt: r.now,
      });
      return (result.identifiers[0] as { id: string }).id;
    });
  }

  /** The plan's reports by target, period and time; only `targetId`'s when given. */
  listReports(bodyId: string, planId: string, targetId: string | null): Promise<PlanReportRow[]> {
    const query = this.db
      .getRepository(PlanProgressReportEntity)
      .createQueryBuilder('r')
      .innerJoin(AppUserEntity, 'a', 'a.id = r.reportedBy')
      .select(['r.id AS id', 'r.targetId AS target_id', 'r.periodKey AS period_key', 'r.value AS value', 'r.note AS note'])
      .addSelect(['r.evidenceSha256 AS evidence_sha256', 'r.evidenceMime AS evidence_mime', 'r.evidenceName AS evidence_name', 'r.evidenceSize AS evidence_size'])
      .addSelect(['r.correctsReportId AS corrects_report_id', 'r.reportedBy AS reported_by', 'a.displayName AS reporter_name', 'r.reportedAt AS reported_at'])
      .where('r.bodyId = :bodyId AND r.planId = :planId', { bodyId, planId });
    if (targetId !== null) query.andWhere('r.targetId = :targetId', { targetId });
    return query.orderBy('r.targetId').addOrderBy('r.periodKey').addOrderBy('r.reportedAt').getRawMany<PlanReportRow>();
  }

  /** The report's evidence, or null when the report is not the plan's or has none. */
  async findEvidence(bodyId: string, planId: string, reportId: string): Promise<PlanEvidenceRow | null> {
    const row = await this.db
      .getRepository(PlanProgressReportEntity)
      .createQueryBuilder('r')
      .innerJoin(PlanTargetEntity, 't', 't.id = r.targetId')
      .select(['r.evidenceSha256 AS evidence_sha256', 'r.evidenceMime AS evidence_mime', 'r.evidenceName AS evidence_name', 't.responsibleUnitId AS unit_id'])
      .where('r.id = :reportId AND r.bodyId = :bodyId AND r.planId = :planId AND r.evidenceSha256 IS NOT NULL', { reportId, bodyId, planId })
      .getRawOne<PlanEvidenceRow>();
    return row ?? null;
  }
}
