import type { DataSource } from 'typeorm';
import { CounterRepository } from '@khenthuong/persistence';
import { renderPlan, type ArchiveStore, type HtmlToPdf, type PlanDocumentModel } from '@khenthuong/documents';
import {
  documentSymbol,
  formatDocumentNumber,
  formatTarget,
  formatVietnameseDate,
  REPORTING_PERIOD_NAMES_VI,
  vietnamDateOf,
  type ReportingPeriod,
  type TargetComparison,
} from '@khenthuong/domain';
import type { PlanActivities, PlanDocumentActivities, PlanPaperActivities, PlanSummaryActivities } from '@khenthuong/temporal';
import { withHeartbeat } from './activity-heartbeat';
import { createPlanPaperActivities, createPlanSummaryActivities } from './plan-papers.activities';

/** Kế hoạch of the committee: Số: nn/KH-UBND (Nghị định 30/2020, Phụ lục III), its own series per body and year. */
const PLAN_SYMBOL = documentSymbol('KE_HOACH', 'UBND');

/** Numbers a plan once: the counter row is locked, so numbers stay gapless across workers. */
export function createPlanActivities(deps: { dataSource: DataSource; now?: () => Date }): PlanActivities & PlanSummaryActivities {
  const now = deps.now ?? (() => new Date());
  return {
    // The summary report's number, from the same kind of row-locked counter (BC-UBND series).
    ...createPlanSummaryActivities(deps),
    async assignPlanNumber({ bodyId, planId }) {
      return deps.dataSource.transaction(async (tx) => {
        const numbered = async () => {
          const [row] = await tx.query(`SELECT number_text, issued_on::text AS issued_on, issued_year FROM plan WHERE id = $1 AND body_id = $2 FOR UPDATE`, [planId, bodyId]);
          if (!row) throw new Error(`plan ${planId} not found in body ${bodyId}`);
          return row as { number_text: string | null; issued_on: string | null; issued_year: number | null };
        };
        const before = await numbered();
        if (before.number_text) return { numberText: before.number_text, issuedOn: before.issued_on!, year: before.issued_year! };
        const issuedOn = vietnamDateOf(now());
        const year = Number(issuedOn.slice(0, 4));
        // The upsert locks the counter row until commit: concurrent numberings wait, numbers stay gapless.
        const sequence = await CounterRepository.in(tx).next({ bodyId, year, symbol: PLAN_SYMBOL });
        const numberText = formatDocumentNumber(sequence, PLAN_SYMBOL);
        await tx.query(`UPDATE plan SET number_text = $3, issued_on = $4, issued_year = $5, updated_at = now() WHERE id = $1 AND body_id = $2`, [planId, bodyId, numberText, issuedOn, year]);
        return { numberText, issuedOn, year };
      });
    },
  };
}

export interface PlanDocumentDeps {
  dataSource: DataSource;
  pdf: HtmlToPdf;
  fontsDir: string;
  archive: ArchiveStore;
  publicBaseUrl: string;
}

/** Renders the numbered plan and keeps it in the archive; the plan row records its hash and becomes ISSUED. */
export function createPlanDocumentActivities(deps: PlanDocumentDeps): PlanDocumentActivities & PlanPaperActivities {
  const { dataSource } = deps;
  return {
    // The summary report and the registration list render on the same documents queue.
    ...createPlanPaperActivities(deps),
    issuePlanDocument: ({ bodyId, planId }) =>
      withHeartbeat(async () => {
        const model = await loadPlanModel(dataSource, bodyId, planId, deps.publicBaseUrl);
        const [already] = await dataSource.query(`SELECT document_sha256 FROM plan WHERE id = $1 AND document_sha256 IS NOT NULL`, [planId]);
        if (already) return { sha256: already.document_sha256, sizeBytes: (await deps.archive.get(already.document_sha256))?.length ?? 0 };
        const pdf = await renderPlan(deps.pdf, model, { fontsDir: deps.fontsDir });
        const stored = await deps.archive.put(pdf);
        await dataSource.query(`UPDATE plan SET document_sha256 = $2, status = 'ISSUED', updated_at = now() WHERE id = $1 AND document_sha256 IS NULL`, [planId, stored.sha256]);
        const [recorded] = await dataSource.query(`SELECT document_sha256 FROM plan WHERE id = $1`, [planId]);
        return { sha256: recorded.document_sha256, sizeBytes: recorded.document_sha256 === stored.sha256 ? stored.sizeBytes : ((await deps.archive.get(recorded.document_sha256))?.length ?? 0) };
      }),
  };
}

async function loadPlanModel(dataSource: DataSource, bodyId: string, planId: string, publicBaseUrl: string): Promise<PlanDocumentModel> {
  const [plan] = await dataSource.query(
    `SELECT p.id, p.year, p.title, p.motto, p.legal_bases, p.movements, p.registration_deadline::text AS registration_deadline, p.number_text, p.issued_on::text AS issued_on,
            b.name AS body_name, b.header_name, b.place_name,
            (SELECT u.display_name FROM app_user u WHERE u.body_id = b.id AND 'CHAIRMAN' = ANY(u.roles) ORDER BY u.created_at LIMIT 1) AS chairman
       FROM plan p JOIN issuing_body b ON b.id = p.body_id WHERE p.id = $1 AND p.body_id = $2`,
    [planId, bodyId],
  );
  if (!plan?.number_text) throw new Error(`plan ${planId} is not numbered`);
  const targets: Array<{ name: string; unit_of_measure: string; target_value: string; comparison: string; reporting_period: string; unit_name: string }> = await dataSource.query(
    `SELECT t.name, t.unit_of_measure, t.target_value, t.comparison, t.reporting_period, u.name AS unit_name
       FROM plan_target t JOIN unit u ON u.id = t.responsible_unit_id WHERE t.plan_id = $1 ORDER BY t.ordinal`,
    [planId],
  );
  const bodyName = (plan.body_name as string).replace(/^Ủy ban nhân dân /, '');
  return {
    documentTitle: `Kế hoạch ${plan.number_text} ${lowerFirst(plan.title)}`,
    bodyNameUpper: plan.header_name,
    bodyName,
    numberText: plan.number_text,
    placeName: plan.place_name,
    dateText: formatVietnameseDate(plan.issued_on),
    subjectLine: plan.title,
    legalBases: plan.legal_bases,
    motto: plan.motto,
    year: plan.year,
    movements: plan.movements,
    targets: targets.map((t) => ({
      name: t.name,
      targetText: formatTarget(t.comparison as TargetComparison, Number(t.target_value), t.unit_of_measure),
      responsibleUnit: t.unit_name,
      reportingPeriod: REPORTING_PERIOD_NAMES_VI[t.reporting_period as ReportingPeriod],
    })),
    registrationText: `Các bộ phận, tổ dân phố, tập thể, cá nhân đăng ký thi đua ${formatVietnameseDate(plan.registration_deadline).replace(/^ngày/, 'trước ngày')}.`,
    implementationText: `Giao công chức Văn phòng - Thống kê phường có trách nhiệm theo dõi, đôn đốc, tổng hợp và báo cáo Hội đồng Thi đua - Khen thưởng, Chủ tịch UBND ${bodyName} kết quả thực hiện Kế hoạch này./.`,
    recipientsOfCopy: ['Hội đồng Thi đua - Khen thưởng phường (để T/h);', 'Các bộ phận, tổ dân phố (để T/h);', 'Lưu: VT.'],
    signer: { positionLine: 'CHỦ TỊCH', name: plan.chairman ?? '' },
    verificationUrl: `${publicBaseUrl.replace(/\/$/, '')}/xac-thuc/ke-hoach/${planId}`,
  };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
