import type { DataSource } from 'typeorm';
import { CounterRepository } from '@khenthuong/persistence';
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
        const [row] = await tx.query(
          `SELECT summary_number_text, summary_issued_on::text AS summary_issued_on, summary_issued_year FROM plan WHERE id = $1 AND body_id = $2 FOR UPDATE`,
          [planId, bodyId],
        );
        if (!row) throw new Error(`plan ${planId} not found in body ${bodyId}`);
        if (row.summary_number_text) return { numberText: row.summary_number_text, issuedOn: row.summary_issued_on, year: row.summary_issued_year };
        const issuedOn = vietnamDateOf(now());
        const year = Number(issuedOn.slice(0, 4));
        const sequence = await CounterRepository.in(tx).next({ bodyId, year, symbol: SUMMARY_SYMBOL });
        const numberText = formatDocumentNumber(sequence, SUMMARY_SYMBOL);
        await tx.query(`UPDATE plan SET summary_number_text = $3, summary_issued_on = $4, summary_issued_year = $5, updated_at = now() WHERE id = $1 AND body_id = $2`, [
          planId,
          bodyId,
          numberText,
          issuedOn,
          year,
        ]);
        return { numberText, issuedOn, year };
      });
    },
  };
}

interface PlanHead {
  year: number;
  title: string;
  number_text: string | null;
  issued_on: string | null;
  summary_number_text: string | null;
  summary_issued_on: string | null;
  summary_sha256: string | null;
  header_name: string;
  place_name: string;
  body_name: string;
  chairman: string | null;
}

async function planHead(dataSource: DataSource, bodyId: string, planId: string): Promise<PlanHead> {
  const [plan] = await dataSource.query(
    `SELECT p.year, p.title, p.number_text, p.issued_on::text AS issued_on, p.summary_number_text, p.summary_issued_on::text AS summary_issued_on, p.summary_sha256,
            b.header_name, b.place_name, b.name AS body_name,
            (SELECT u.display_name FROM app_user u WHERE u.body_id = b.id AND 'CHAIRMAN' = ANY(u.roles) ORDER BY u.created_at LIMIT 1) AS chairman
       FROM plan p JOIN issuing_body b ON b.id = p.body_id WHERE p.id = $1 AND p.body_id = $2`,
    [planId, bodyId],
  );
  if (!plan) throw new Error(`plan ${planId} not found in body ${bodyId}`);
  return plan;
}

/** Renders the summary report (once) and the registration list (each time), keeping both in the archive. */
export function createPlanPaperActivities(deps: PlanDocumentDeps): PlanPaperActivities {
  const { dataSource } = deps;
  return {
    issuePlanSummary: ({ bodyId, planId, content }) =>
      withHeartbeat(async () => {
        const plan = await planHead(dataSource, bodyId, planId);
        if (plan.summary_sha256) return { sha256: plan.summary_sha256, sizeBytes: (await deps.archive.get(plan.summary_sha256))?.length ?? 0 };
        if (!plan.summary_number_text || !plan.summary_issued_on) throw new Error(`summary of plan ${planId} is not numbered`);
        const model: SummaryReportModel = {
          documentTitle: `Báo cáo ${plan.summary_number_text} ${content.subjectLine.charAt(0).toLowerCase()}${content.subjectLine.slice(1)}`,
          bodyNameUpper: plan.header_name,
          numberText: plan.summary_number_text,
          placeName: plan.place_name,
          dateText: formatVietnameseDate(plan.summary_issued_on),
          subjectLine: content.subjectLine,
          introParagraphs: content.introParagraphs,
          targets: content.targets,
          evaluationParagraphs: content.evaluationParagraphs,
          recipientsOfCopy: ['UBND cấp trên (để b/c);', 'Hội đồng Thi đua - Khen thưởng phường;', 'Lưu: VT.'],
          signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: plan.chairman ?? '' },
          verificationUrl: `${deps.publicBaseUrl.replace(/\/$/, '')}/xac-thuc/bao-cao/${planId}`,
        };
        const stored = await deps.archive.put(await renderSummaryReport(deps.pdf, model, { fontsDir: deps.fontsDir }));
        await dataSource.query(`UPDATE plan SET summary_sha256 = $2, updated_at = now() WHERE id = $1 AND summary_sha256 IS NULL`, [planId, stored.sha256]);
        const [recorded] = await dataSource.query(`SELECT summary_sha256 FROM plan WHERE id = $1`, [planId]);
        return { sha256: recorded.summary_sha256, sizeBytes: recorded.summary_sha256 === stored.sha256 ? stored.sizeBytes : ((await deps.archive.get(recorded.summary_sha256))?.length ?? 0) };
      }),

    renderRegistrationList: ({ bodyId, planId, content }) =>
      withHeartbeat(async () => {
        const plan = await planHead(dataSource, bodyId, planId);
        const today = vietnamDateOf(new Date());
        const planName = plan.number_text && plan.issued_on ? `Kế hoạch số ${plan.number_text} ${formatVietnameseDate(plan.issued_on)}` : 'Kế hoạch';
        const pdf = await renderRegistrationList(
          deps.pdf,
          {
            documentTitle: `Danh sách đăng ký thi đua – ${plan.title}`,
            bodyNameUpper: plan.header_name,
            placeName: plan.place_name,
            dateText: formatVietnameseDate(today),
            subjectLine: `Theo ${planName} của UBND ${plan.body_name.replace(/^Ủy ban nhân dân /, '')} về việc ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`,
            rows: content.rows,
            missingUnits: content.missingUnits,
            completenessText: content.completenessText,
          },
          { fontsDir: deps.fontsDir },
        );
        const stored = await deps.archive.put(pdf);
        await dataSource.query(`UPDATE plan SET registrations_sha256 = $2, registrations_rendered_at = now() WHERE id = $1 AND body_id = $3`, [planId, stored.sha256, bodyId]);
        return { sha256: stored.sha256, sizeBytes: stored.sizeBytes };
      }),
  };
}
