import type { DataSource } from 'typeorm';
import { CounterRepository, PlanPapersRepository } from '@khenthuong/persistence';
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
        const plans = PlanPapersRepository.in(tx);
        const before = await plans.lockInBody(planId, bodyId);
        if (!before) throw new Error(`plan ${planId} not found in body ${bodyId}`);
        if (before.numberText) return { numberText: before.numberText, issuedOn: before.issuedOn!, year: before.issuedYear! };
        const issuedOn = vietnamDateOf(now());
        const year = Number(issuedOn.slice(0, 4));
        // The upsert locks the counter row until commit: concurrent numberings wait, numbers stay gapless.
        const sequence = await CounterRepository.in(tx).next({ bodyId, year, symbol: PLAN_SYMBOL });
        const numberText = formatDocumentNumber(sequence, PLAN_SYMBOL);
        await plans.recordPlanNumber(planId, bodyId, { numberText, issuedOn, year });
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
  const plans = new PlanPapersRepository(dataSource);
  return {
    // The summary report and the registration list render on the same documents queue.
    ...createPlanPaperActivities(deps),
    issuePlanDocument: ({ bodyId, planId }) =>
      withHeartbeat(async () => {
        const model = await loadPlanModel(plans, bodyId, planId, deps.publicBaseUrl);
        const already = await plans.documentSha256(planId);
        if (already) return { sha256: already, sizeBytes: (await deps.archive.get(already))?.length ?? 0 };
        const pdf = await renderPlan(deps.pdf, model, { fontsDir: deps.fontsDir });
        const stored = await deps.archive.put(pdf);
        await plans.recordDocumentOnce(planId, stored.sha256);
        const recorded = (await plans.documentSha256(planId))!;
        return { sha256: recorded, sizeBytes: recorded === stored.sha256 ? stored.sizeBytes : ((await deps.archive.get(recorded))?.length ?? 0) };
      }),
  };
}

async function loadPlanModel(plans: PlanPapersRepository, bodyId: string, planId: string, publicBaseUrl: string): Promise<PlanDocumentModel> {
  const head = await plans.head(planId, bodyId);
  const plan = head?.plan;
  if (!head || !plan?.numberText || !plan.issuedOn) throw new Error(`plan ${planId} is not numbered`);
  const targets = await plans.targets(planId);
  const bodyName = head.body.name.replace(/^Ủy ban nhân dân /, '');
  return {
    documentTitle: `Kế hoạch ${plan.numberText} ${lowerFirst(plan.title)}`,
    bodyNameUpper: head.body.headerName,
    bodyName,
    numberText: plan.numberText,
    placeName: head.body.placeName,
    dateText: formatVietnameseDate(plan.issuedOn),
    subjectLine: plan.title,
    legalBases: plan.legalBases,
    motto: plan.motto,
    year: plan.year,
    movements: plan.movements,
    targets: targets.map((t) => ({
      name: t.name,
      targetText: formatTarget(t.comparison as TargetComparison, t.targetValue, t.unitOfMeasure),
      responsibleUnit: t.unitName,
      reportingPeriod: REPORTING_PERIOD_NAMES_VI[t.reportingPeriod as ReportingPeriod],
    })),
    registrationText: `Các bộ phận, tổ dân phố, tập thể, cá nhân đăng ký thi đua ${formatVietnameseDate(plan.registrationDeadline).replace(/^ngày/, 'trước ngày')}.`,
    implementationText: `Giao công chức Văn phòng - Thống kê phường có trách nhiệm theo dõi, đôn đốc, tổng hợp và báo cáo Hội đồng Thi đua - Khen thưởng, Chủ tịch UBND ${bodyName} kết quả thực hiện Kế hoạch này./.`,
    recipientsOfCopy: ['Hội đồng Thi đua - Khen thưởng phường (để T/h);', 'Các bộ phận, tổ dân phố (để T/h);', 'Lưu: VT.'],
    signer: { positionLine: 'CHỦ TỊCH', name: head.chairman ?? '' },
    verificationUrl: `${publicBaseUrl.replace(/\/$/, '')}/xac-thuc/ke-hoach/${planId}`,
  };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
