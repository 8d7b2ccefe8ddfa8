import { formatTarget, REPORTING_PERIOD_NAMES_VI, type ReportingPeriod, type TargetComparison } from '@khenthuong/domain';
import type { PlanRow, PlanTargetRow } from '@khenthuong/persistence';

export interface TargetView {
  id: string;
  ordinal: number;
  name: string;
  unitOfMeasure: string;
  targetValue: number;
  comparison: TargetComparison;
  valueKind: string;
  /** '≥ 98%' */
  targetText: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  dataSource: string;
  reportingPeriod: ReportingPeriod;
  reportingPeriodName: string;
}

export interface PlanView {
  id: string;
  kind: 'YEAR' | 'CAMPAIGN';
  year: number;
  title: string;
  motto: string;
  legalBases: string[];
  movements: Array<{ title: string; themes: string[] }>;
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  reportGraceDays: number;
  status: string;
  numberText: string | null;
  issuedOn: string | null;
  documentSha256: string | null;
}

export function toTargetView(t: PlanTargetRow): TargetView {
  const targetValue = Number(t.target_value);
  return {
    id: t.id,
    ordinal: t.ordinal,
    name: t.name,
    unitOfMeasure: t.unit_of_measure,
    targetValue,
    comparison: t.comparison as TargetComparison,
    valueKind: t.value_kind,
    targetText: formatTarget(t.comparison as TargetComparison, targetValue, t.unit_of_measure),
    responsibleUnitId: t.responsible_unit_id,
    responsibleUnitName: t.responsible_unit_name,
    dataSource: t.data_source,
    reportingPeriod: t.reporting_period as ReportingPeriod,
    reportingPeriodName: REPORTING_PERIOD_NAMES_VI[t.reporting_period as ReportingPeriod],
  };
}

export function toPlanView(p: PlanRow): PlanView {
  return {
    id: p.id,
    kind: p.kind,
    year: p.year,
    title: p.title,
    motto: p.motto,
    legalBases: p.legal_bases,
    movements: p.movements,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    registrationDeadline: p.registration_deadline,
    reportGraceDays: p.report_grace_days,
    status: p.status,
    numberText: p.number_text,
    issuedOn: p.issued_on,
    documentSha256: p.document_sha256,
  };
}
