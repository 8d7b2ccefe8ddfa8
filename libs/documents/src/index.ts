export { PdfRenderer, PdfRendererClosedError } from './pdf/pdf.renderer';
export type {
  PdfMargin,
  PdfRenderOptions,
  PdfRendererHealth,
  PdfRendererLogger,
  PdfRendererOptions,
  PdfRendererStats,
} from './pdf/pdf.renderer';
export { DocumentRenderer } from './document.renderer';
export type { DocumentRendererOptions, HtmlToPdf } from './document.renderer';
export { DocumentModelError } from './document-model.error';
export type { DecisionAwardee, DecisionDocumentModel, DecisionReward, DecisionSigner } from './decision/decision.model';
export { executionArticleNumber } from './decision/decision.view';
export { DEFAULT_FONTS_DIR, DOCUMENT_FONT_STACK, loadFontFaceCss } from './templates/document.fonts';
export { parseSha256 } from './archive/archive.store';
export type { ArchivePutResult, ArchiveStore } from './archive/archive.store';
export { FileArchiveStore } from './archive/file-archive.store';
// Emulation plan and year-end summary report (issue 7)
export type { PlanDocumentModel, PlanDocumentTarget } from './plan/plan.model';
export { renderPlan, renderPlanHtml } from './plan/plan.renderer';
export type { SummaryReportModel, SummaryReportTarget } from './report/summary-report.model';
export { renderSummaryReport, renderSummaryReportHtml } from './report/summary-report.renderer';
export { overviewChartSvg, targetChartSvg } from './report/chart.svg';
