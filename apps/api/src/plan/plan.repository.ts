import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OwnTarget, PlanMovement } from '@khenthuong/persistence';

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

export interface TargetRow {
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

export interface NewTarget {
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

export interface RegistrationRow {
  id: string;
  registrant_kind: 'UNIT' | 'PERSON';
  registrant_id: string;
  registrant_name: string;
  unit_id: string;
  unit_name: string;
  titles: string[];
  own_targets: OwnTarget[];
  registered_at: Date;
  updated_at: Date;
}

export interface ReportRow {
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

export interface NotificationRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: string;
  message: string;
  sent_at: Date;
}

const PLAN_COLUMNS = `id, body_id, kind, year, title, motto, legal_bases, movements, starts_on::text AS starts_on, ends_on::text AS ends_on,
  registration_deadline::text AS registration_deadline, report_grace_days, status, number_text, issued_on::text AS issued_on, document_sha256`;

/** Plan queries, every one scoped by the issuing body of the caller. */
@Injectable()
export class PlanRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insertPlan(plan: NewPlan, targets: NewTarget[]): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO plan (body_id, kind, year, title, motto, legal_bases, movements, starts_on, ends_on, registration_deadline, report_grace_days, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'DRAFT', $12) RETURNING id`,
        [plan.bodyId, plan.kind, plan.year, plan.title, plan.motto, plan.legalBases, JSON.stringify(plan.movements), plan.startsOn, plan.endsOn, plan.registrationDeadline, plan.reportGraceDays, plan.createdBy],
      );
      for (const target of targets) await this.insertTargetIn(tx, plan.bodyId, row.id, target);
      return row.id as string;
    });
  }

  async insertTarget(bodyId: string, planId: string, target: NewTarget): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      // Serialise ordinals of one plan: two officers adding at once get 18 and 19, not 18 twice.
      await tx.query(`SELECT id FROM plan WHERE id = $1 AND body_id = $2 FOR UPDATE`, [planId, bodyId]);
      return this.insertTargetIn(tx, bodyId, planId, target);
    });
  }

  private async insertTargetIn(tx: EntityManager, bodyId: string, planId: string, t: NewTarget): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO plan_target (body_id, plan_id, ordinal, name, unit_of_measure, target_value, comparison, value_kind, responsible_unit_id, data_source, reporting_period)
       SELECT $1, $2, COALESCE(MAX(ordinal), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10 FROM plan_target WHERE plan_id = $2 RETURNING id`,
      [bodyId, planId, t.name, t.unitOfMeasure, t.targetValue, t.comparison, t.valueKind, t.responsibleUnitId, t.dataSource, t.reportingPeriod],
    );
    return row.id as string;
  }

  async findPlan(bodyId: string, id: string): Promise<PlanRow | null> {
    const rows = await this.dataSource.query(`SELECT ${PLAN_COLUMNS} FROM plan WHERE id = $1 AND body_id = $2`, [id, bodyId]);
    return rows[0] ?? null;
  }

  listPlans(bodyId: string, year: number | undefined): Promise<PlanRow[]> {
    return this.dataSource.query(
      `SELECT ${PLAN_COLUMNS} FROM plan WHERE body_id = $1 AND ($2::int IS NULL OR year = $2) ORDER BY year DESC, starts_on DESC LIMIT 200`,
      [bodyId, year ?? null],
    );
  }

  listTargets(bodyId: string, planId: string): Promise<TargetRow[]> {
    return this.dataSource.query(
      `SELECT t.id, t.plan_id, t.ordinal, t.name, t.unit_of_measure, t.target_value, t.comparison, t.value_kind, t.responsible_unit_id,
              u.name AS responsible_unit_name, t.data_source, t.reporting_period
         FROM plan_target t JOIN unit u ON u.id = t.responsible_unit_id
        WHERE t.body_id = $1 AND t.plan_id = $2 ORDER BY t.ordinal`,
      [bodyId, planId],
    );
  }

  async findTarget(bodyId: string, planId: string, targetId: string): Promise<TargetRow | null> {
    const rows = await this.listTargets(bodyId, planId);
    return rows.find((t) => t.id === targetId) ?? null;
  }

  /** Units of the body, in code order: everyone expected to register. */
  listUnits(bodyId: string): Promise<Array<{ id: string; name: string; code: string }>> {
    return this.dataSource.query(`SELECT id, name, code FROM unit WHERE body_id = $1 ORDER BY code`, [bodyId]);
  }

  async countUnitsInBody(bodyId: string, unitIds: string[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM unit WHERE body_id = $1 AND id = ANY($2::uuid[])`, [bodyId, unitIds]);
    return row.n as number;
  }

  async findPerson(bodyId: string, personId: string): Promise<{ id: string; unit_id: string | null; full_name: string } | null> {
    const rows = await this.dataSource.query(`SELECT id, unit_id, full_name FROM person WHERE id = $1 AND body_id = $2`, [personId, bodyId]);
    return rows[0] ?? null;
  }

  /** One registration per registrant and plan; registering again replaces titles and own targets, keeps the first date. */
  async upsertRegistration(r: {
    bodyId: string;
    planId: string;
    registrantKind: string;
    registrantId: string;
    unitId: string;
    titles: string[];
    ownTargets: OwnTarget[];
    registeredBy: string;
    now: Date;
  }): Promise<{ id: string; created: boolean }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO plan_registration (body_id, plan_id, registrant_kind, registrant_id, unit_id, titles, own_targets, registered_by, registered_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (plan_id, registrant_kind, registrant_id)
       DO UPDATE SET titles = EXCLUDED.titles, own_targets = EXCLUDED.own_targets, registered_by = EXCLUDED.registered_by, updated_at = EXCLUDED.updated_at
       RETURNING id, (xmax = 0) AS created`,
      [r.bodyId, r.planId, r.registrantKind, r.registrantId, r.unitId, r.titles, JSON.stringify(r.ownTargets), r.registeredBy, r.now],
    );
    return { id: row.id, created: row.created };
  }

  listRegistrations(bodyId: string, planId: string, unitId: string | null): Promise<RegistrationRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.registrant_kind, r.registrant_id, COALESCE(p.full_name, u.name) AS registrant_name, r.unit_id, u.name AS unit_name,
              r.titles, r.own_targets, r.registered_at, r.updated_at
         FROM plan_registration r
         JOIN unit u ON u.id = r.unit_id
         LEFT JOIN person p ON r.registrant_kind = 'PERSON' AND p.id = r.registrant_id
        WHERE r.body_id = $1 AND r.plan_id = $2 AND ($3::uuid IS NULL OR r.unit_id = $3)
        ORDER BY u.code, r.registrant_kind DESC, registrant_name`,
      [bodyId, planId, unitId],
    );
  }

  async insertNotifications(rows: Array<{ bodyId: string; planId: string; unitId: string; kind: string; message: string; sentBy: string; sentAt: Date }>): Promise<string[]> {
    const ids: string[] = [];
    for (const n of rows) {
      const [row] = await this.dataSource.query(
        `INSERT INTO plan_notification (body_id, plan_id, unit_id, kind, message, sent_by, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [n.bodyId, n.planId, n.unitId, n.kind, n.message, n.sentBy, n.sentAt],
      );
      ids.push(row.id);
    }
    return ids;
  }

  listNotifications(bodyId: string, planId: string, unitId: string | null): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT n.id, n.unit_id, u.name AS unit_name, n.kind, n.message, n.sent_at
         FROM plan_notification n JOIN unit u ON u.id = n.unit_id
        WHERE n.body_id = $1 AND n.plan_id = $2 AND ($3::uuid IS NULL OR n.unit_id = $3)
        ORDER BY n.sent_at DESC`,
      [bodyId, planId, unitId],
    );
  }

  async insertReport(r: {
    bodyId: string;
    planId: string;
    targetId: string;
    periodKey: string;
    value: number;
    note: string | null;
    evidence: { sha256: string; mime: string; name: string; size: number };
    reportedBy: string;
    reporterUnitId: string | null;
    now: Date;
  }): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      // Lock the target so two reports of one period chain their corrections in order.
      await tx.query(`SELECT id FROM plan_target WHERE id = $1 FOR UPDATE`, [r.targetId]);
      const [previous] = await tx.query(
        `SELECT id FROM plan_progress_report WHERE target_id = $1 AND period_key = $2 ORDER BY reported_at DESC, id DESC LIMIT 1`,
        [r.targetId, r.periodKey],
      );
      const [row] = await tx.query(
        `INSERT INTO plan_progress_report (body_id, plan_id, target_id, period_key, value, note, evidence_sha256, evidence_mime, evidence_name, evidence_size,
                                           corrects_report_id, reported_by, reporter_unit_id, reported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [r.bodyId, r.planId, r.targetId, r.periodKey, r.value, r.note, r.evidence.sha256, r.evidence.mime, r.evidence.name, r.evidence.size, previous?.id ?? null, r.reportedBy, r.reporterUnitId, r.now],
      );
      return row.id as string;
    });
  }

  listReports(bodyId: string, planId: string, targetId: string | null): Promise<ReportRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.target_id, r.period_key, r.value, r.note, r.evidence_sha256, r.evidence_mime, r.evidence_name, r.evidence_size,
              r.corrects_report_id, r.reported_by, a.display_name AS reporter_name, r.reported_at
         FROM plan_progress_report r JOIN app_user a ON a.id = r.reported_by
        WHERE r.body_id = $1 AND r.plan_id = $2 AND ($3::uuid IS NULL OR r.target_id = $3)
        ORDER BY r.target_id, r.period_key, r.reported_at`,
      [bodyId, planId, targetId],
    );
  }

  async findEvidence(bodyId: string, planId: string, reportId: string): Promise<{ evidence_sha256: string; evidence_mime: string; evidence_name: string; unit_id: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT r.evidence_sha256, r.evidence_mime, r.evidence_name, t.responsible_unit_id AS unit_id
         FROM plan_progress_report r JOIN plan_target t ON t.id = r.target_id
        WHERE r.id = $1 AND r.body_id = $2 AND r.plan_id = $3 AND r.evidence_sha256 IS NOT NULL`,
      [reportId, bodyId, planId],
    );
    return rows[0] ?? null;
  }
}
