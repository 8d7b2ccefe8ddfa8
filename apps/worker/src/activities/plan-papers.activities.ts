import type { DataSource } from 'typeorm';
import { CounterRepository, PlanPapersRepository, type PlanHeadRow } from '@khenthuong/persistence';
import { renderRegistrationList, renderSummaryReport, type SummaryReportModel } from '@khenthuong/documents';
import { documentSymbol, formatDocumentNumber, formatVietnameseDate, vietnamDateOf } from '@khenthuong/domain';
import type { PlanPaperActivities, PlanSummaryActivities } from '@khenthuong/temporal';
import { withHeartbeat } from './activity-heartbeat';
import type { PlanDocumentDeps } from './plan-document.activities';

/** Báo cáo of the committee: Số: nn/BC-UBND (Nghị định 30/2020, Phụ lục III), its own series per body and year. */
const SUMMARY_SYMBOL = documentSymbol('BAO_CAO', 'UBND');

/** Numbers the summary report once, from the row-locked counter of the BC-UBND series. */
export function createPlanSummaryActivities(deps: { dataSource: DataSource; now?: () => Date }): PlanSummaryActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async assignSummaryNumber({ bodyId, planId }) {
      return deps.dataSource.transaction(async (tx) => {
        const plans = PlanPapersRepository.in(tx);
        const row = await plans.lockInBody(planId, bodyId);
        if (!row) throw new Error(`plan ${planId} not found in body ${bodyId}`);
        if (row.summaryNumberText) return { numberText: row.summaryNumberText, issuedOn: row.summaryIssuedOn!, year: row.summaryIssuedYear! };
        const issuedOn = vietnamDateOf(now());
        const year = Number(issuedOn.slice(0, 4));
        const sequence = await CounterRepository.in(tx).next({ bodyId, year, symbol: SUMMARY_SYMBOL });
        const numberText = formatDocumentNumber(sequence, SUMMARY_SYMBOL);
        await plans.recordSummaryNumber(planId, bodyId, { numberText, issuedOn, year });
        return { numberText, issuedOn, year };
      });
    },
  };
}

async function planHead(plans: PlanPapersRepository, bodyId: string, planId: string): Promise<PlanHeadRow> {
  const head = await plans.head(planId, bodyId);
  if (!head) throw new Error(`plan ${planId} not found in body ${bodyId}`);
  return head;
}

/** Renders the summary report (once) and the registration list (each time), keeping both in the archive. */
export function createPlanPaperActivities(deps: PlanDocumentDeps): PlanPaperActivities {
  const plans = new PlanPapersRepository(deps.dataSource);
  return {
    issuePlanSummary: ({ bodyId, planId, content }) =>
      withHeartbeat(async () => {
        const { plan, body, chairman } = await planHead(plans, bodyId, planId);
        if (plan.summarySha256) return { sha256: plan.summarySha256, sizeBytes: (await deps.archive.get(plan.summarySha256))?.length ?? 0 };
        if (!plan.summaryNumberText || !plan.summaryIssuedOn) throw new Error(`summary of plan ${planId} is not numbered`);
        const model: SummaryReportModel = {
          documentTitle: `Báo cáo ${plan.summaryNumberText} ${content.subjectLine.charAt(0).toLowerCase()}${content.subjectLine.slice(1)}`,
          bodyNameUpper: body.headerName,
          numberText: plan.summaryNumberText,
          placeName: body.placeName,
          dateText: formatVietnameseDate(plan.summaryIssuedOn),
          subjectLine: content.subjectLine,
          introParagraphs: content.introParagraphs,
          targets: content.targets,
          evaluationParagraphs: content.evaluationParagraphs,
          recipientsOfCopy: ['UBND cấp trên (để b/c);', 'Hội đồng Thi đua - Khen thưởng phường;', 'Lưu: VT.'],
          signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: chairman ?? '' },
          verificationUrl: `${deps.publicBaseUrl.replace(/\/$/, '')}/xac-thuc/bao-cao/${planId}`,
        };
        const stored = await deps.archive.put(await renderSummaryReport(deps.pdf, model, { fontsDir: deps.fontsDir }));
        await plans.recordSummaryOnce(planId, stored.sha256);
        const recorded = (await plans.summarySha256(planId))!;
        return { sha256: recorded, sizeBytes: recorded === stored.sha256 ? stored.sizeBytes : ((await deps.archive.get(recorded))?.length ?? 0) };
      }),

    renderRegistrationList: ({ bodyId, planId, content }) =>
      withHeartbeat(async () => {
        const { plan, body } = await planHead(plans, bodyId, planId);
        const today = vietnamDateOf(new Date());
        const planName = plan.numberText && plan.issuedOn ? `Kế hoạch số ${plan.numberText} ${formatVietnameseDate(plan.issuedOn)}` : 'Kế hoạch';
        const pdf = await renderRegistrationList(
          deps.pdf,
          {
            documentTitle: `Danh sách đăng ký thi đua – ${plan.title}`,
            bodyNameUpper: body.headerName,
            placeName: body.placeName,
            dateText: formatVietnameseDate(today),
            subjectLine: `Theo ${planName} của UBND ${body.name.replace(/^Ủy ban nhân dân /, '')} về việc ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`,
            rows: content.rows,
            missingUnits: content.missingUnits,
            completenessText: content.completenessText,
          },
          { fontsDir: deps.fontsDir },
        );
        const stored = await deps.archive.put(pdf);
        await plans.recordRegistrations(planId, bodyId, stored.sha256);
        return { sha256: stored.sha256, sizeBytes: stored.sizeBytes };
      }),
  };
}
