import type { HtmlToPdf } from '../document.renderer';
import { DEFAULT_FONTS_DIR, loadFontFaceCss } from '../templates/document.fonts';
import { verificationQrSvg } from '../templates/verification.qr';
import type { PlanDocumentModel } from './plan.model';
import { renderPlanTemplate } from './plan.template';
import { buildPlanView } from './plan.view';

/** The plan as self-contained HTML (fonts and QR inline), e.g. for a preview. */
export async function renderPlanHtml(model: PlanDocumentModel, options: { fontsDir?: string } = {}): Promise<string> {
  const [fontCss, qrSvg] = await Promise.all([loadFontFaceCss(options.fontsDir ?? DEFAULT_FONTS_DIR), verificationQrSvg(model.verificationUrl)]);
  return renderPlanTemplate(buildPlanView(model, { fontCss, qrSvg }));
}

/** Kế hoạch thi đua as PDF (A4, Nghị định 30/2020 layout). */
export async function renderPlan(pdf: HtmlToPdf, model: PlanDocumentModel, options: { fontsDir?: string } = {}): Promise<Buffer> {
  return pdf.renderPdf(await renderPlanHtml(model, options));
}
