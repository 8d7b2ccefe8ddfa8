import type { DecisionDocumentModel } from './decision/decision.model';
import { renderDecisionTemplate } from './decision/decision.template';
import { buildDecisionView } from './decision/decision.view';
import type { PdfRenderOptions } from './pdf/pdf.renderer';
import { DEFAULT_FONTS_DIR, loadFontFaceCss } from './templates/document.fonts';
import { verificationQrSvg } from './templates/verification.qr';

/** The part of PdfRenderer that documents need; lets tests and previews swap it. */
export interface HtmlToPdf {
  renderPdf(html: string, options?: PdfRenderOptions): Promise<Buffer>;
}

export interface DocumentRendererOptions {
  /** Directory holding Tinos-{Regular,Bold,Italic,BoldItalic}.ttf. Default: Debian fonts-croscore. */
  fontsDir?: string;
}

/** Turns pre-formatted view models into the ward's papers (HTML, then PDF). */
export class DocumentRenderer {
  private readonly fontsDir: string;

  constructor(
    private readonly pdf: HtmlToPdf,
    options: DocumentRendererOptions = {},
  ) {
    this.fontsDir = options.fontsDir ?? DEFAULT_FONTS_DIR;
  }

  /** Quyết định khen thưởng as PDF (A4; annex and page numbers per Nghị định 30/2020). */
  async renderDecision(model: DecisionDocumentModel): Promise<Buffer> {
    return this.pdf.renderPdf(await this.renderDecisionHtml(model));
  }

  /** The self-contained HTML the PDF is printed from (fonts and QR inline), e.g. for a preview. */
  async renderDecisionHtml(model: DecisionDocumentModel): Promise<string> {
    const [fontCss, qrSvg] = await Promise.all([loadFontFaceCss(this.fontsDir), verificationQrSvg(model.verificationUrl)]);
    return renderDecisionTemplate(buildDecisionView(model, { fontCss, qrSvg }));
  }
}
