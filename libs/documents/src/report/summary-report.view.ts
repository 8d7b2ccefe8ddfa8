import { DocumentModelError } from '../document-model.error';
import { ND30_CSS } from '../templates/nd30.styles';
import type { Nd30ClosingView, Nd30HeaderView } from '../templates/nd30.partials';
import { overviewChartSvg, targetChartSvg } from './chart.svg';
import type { SummaryReportModel } from './summary-report.model';

export interface SummaryReportView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  introParagraphs: string[];
  overviewText: string;
  trustedOverviewSvg: string;
  targets: Array<{ order: string; name: string; targetText: string; actualText: string; percentText: string; verdict: string; chartNumber: number; trustedChartSvg: string }>;
  evaluationParagraphs: string[];
  closing: Nd30ClosingView;
}

export const SUMMARY_REPORT_CSS = `
.part { margin-top: 10pt; font-weight: 700; }
table.report-targets { font-size: 12pt; }
.chart-figure { margin: 8pt 0 0; break-inside: avoid; text-align: center; }
.chart-figure svg { width: 150mm; height: auto; font-family: inherit; }
.chart-figure svg.overview { width: 140mm; }
.chart-figure figcaption { font-size: 11pt; font-style: italic; }
`;

const percentText = (p: number | null): string => (p === null ? '—' : `${p.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);
const verdict = (met: boolean | null): string => (met === null ? 'Chưa có số liệu' : met ? 'Đạt' : 'Chưa đạt');

export function buildSummaryReportView(model: SummaryReportModel, assets: { fontCss: string; qrSvg: string }): SummaryReportView {
  validate(model);
  const met = model.targets.filter((t) => t.met === true).length;
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}\n${SUMMARY_REPORT_CSS}`,
    header: { issuerLines: ['ỦY BAN NHÂN DÂN', model.bodyNameUpper], wideIssuer: false, numberText: model.numberText, placeDateText: `${model.placeName}, ${model.dateText}` },
    subjectLine: model.subjectLine,
    introParagraphs: model.introParagraphs,
    overviewText: `Có ${met}/${model.targets.length} chỉ tiêu thi đua chủ yếu đạt và vượt kế hoạch.`,
    trustedOverviewSvg: overviewChartSvg(model.targets.map((t, i) => ({ label: String(i + 1), percent: t.percent, met: t.met }))),
    targets: model.targets.map((t, i) => ({
      order: String(i + 1),
      name: t.name,
      targetText: t.targetText,
      actualText: t.actualText,
      percentText: percentText(t.percent),
      verdict: verdict(t.met),
      chartNumber: i + 2,
      trustedChartSvg: targetChartSvg({ points: t.points, targetValue: t.targetValue, targetText: t.targetText, forecast: t.forecast }),
    })),
    evaluationParagraphs: model.evaluationParagraphs,
    closing: {
      recipients: model.recipientsOfCopy,
      verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
      signer: { authorityLine: model.signer.authorityLine ?? null, positionLine: model.signer.positionLine, name: model.signer.name },
    },
  };
}

function validate(model: SummaryReportModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'bodyNameUpper', 'placeName', 'dateText', 'subjectLine', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  if (model.targets.length === 0) problems.push('targets is empty');
  if (model.recipientsOfCopy.length === 0) problems.push('recipientsOfCopy is empty');
  for (const [i, t] of model.targets.entries()) {
    if (!Number.isFinite(t.targetValue)) problems.push(`targets[${i}].targetValue is not a number`);
    if (t.points.some((p) => !Number.isFinite(p.value))) problems.push(`targets[${i}].points hold a non-number`);
  }
  if (problems.length > 0) throw new DocumentModelError('summary report', problems);
}
