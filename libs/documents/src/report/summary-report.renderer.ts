import type { HtmlToPdf } from '../document.renderer';
import { DEFAULT_FONTS_DIR, loadFontFaceCss } from '../templates/document.fonts';
import { verificationQrSvg } from '../templates/verification.qr';
import type { SummaryReportModel } from './summary-report.model';
import { renderSummaryReportTemplate } from './summary-report.template';
import { buildSummaryReportView } from './summary-report.view';

/** The summary report as self-contained HTML; its SVG charts show the same in a browser. */
export async function renderSummaryReportHtml(model: SummaryReportModel, options: { fontsDir?: string } = {}): Promise<string> {
  const [fontCss, qrSvg] = await Promise.all([loadFontFaceCss(options.fontsDir ?? DEFAULT_FONTS_DIR), verificationQrSvg(model.verificationUrl)]);
  return renderSummaryReportTemplate(buildSummaryReportView(model, { fontCss, qrSvg }));
}

/** Báo cáo tổng kết as PDF, one chart per target and an overview. */
export async function renderSummaryReport(pdf: HtmlToPdf, model: SummaryReportModel, options: { fontsDir?: string } = {}): Promise<Buffer> {
  return pdf.renderPdf(await renderSummaryReportHtml(model, options));
}
