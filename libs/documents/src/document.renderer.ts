import { renderCertificateTemplate } from './certificate/certificate.template';
import { buildCertificateBatchView, certificateMetadata } from './certificate/certificate.view';
import type { CertificateDocumentModel } from './certificate/certificate.model';
import type { DecisionDocumentModel } from './decision/decision.model';
import { renderDecisionTemplate } from './decision/decision.template';
import { buildDecisionView, decisionMetadata } from './decision/decision.view';
import type { CouncilMinutesModel } from './minutes/council-minutes.model';
import { renderCouncilMinutesTemplate } from './minutes/council-minutes.template';
import { buildCouncilMinutesView, councilMinutesMetadata } from './minutes/council-minutes.view';
import type { PostingNoticeModel } from './notice/posting-notice.model';
import { renderPostingNoticeTemplate } from './notice/posting-notice.template';
import { buildPostingNoticeView, postingNoticeMetadata } from './notice/posting-notice.view';
import type { PaymentListModel } from './payment/payment-list.model';
import { renderPaymentListTemplate } from './payment/payment-list.template';
import { buildPaymentListView, paymentListMetadata } from './payment/payment-list.view';
import type { PdfRenderOptions } from './pdf/pdf.renderer';
import type { SubmissionDocumentModel } from './submission/submission.model';
import { renderSubmissionTemplate } from './submission/submission.template';
import { buildSubmissionView, submissionMetadata } from './submission/submission.view';
import { splitPdfPages, withPdfMetadata, type PdfMetadata } from './pdf/pdf.metadata';
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

/**
 * Turns pre-formatted view models into the ward's papers (HTML, then PDF with its metadata).
 * Each paper has `renderX(model)` → PDF and `renderXHtml(model)` → the self-contained HTML (fonts
 * and QR inline) it is printed from, e.g. for a preview.
 */
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
    return this.print(await this.renderDecisionHtml(model), decisionMetadata(model));
  }

  async renderDecisionHtml(model: DecisionDocumentModel): Promise<string> {
    return renderDecisionTemplate(buildDecisionView(model, await this.assets(model.verificationUrl)));
  }

  /** One certificate (A4 landscape, one page), as archived per recipient. */
  async renderCertificate(model: CertificateDocumentModel): Promise<Buffer> {
    return this.print(await this.renderCertificatesHtml([model]), certificateMetadata(model));
  }

  /**
   * Many certificates in one browser round trip: one multi-page HTML document, printed once, then
   * split into one PDF per certificate (same order as `models`), each with its own metadata. The
   * fast path for a round's hundreds or thousands of certificates; callers chunk very large
   * rounds (a few hundred per call keeps the page's memory modest).
   */
  async renderCertificates(models: CertificateDocumentModel[]): Promise<Buffer[]> {
    if (models.length === 0) return [];
    const printed = await this.pdf.renderPdf(await this.renderCertificatesHtml(models));
    return splitPdfPages(printed, models.map(certificateMetadata));
  }

  async renderCertificatesHtml(models: CertificateDocumentModel[]): Promise<string> {
    const [fontCss, qrSvgs] = await Promise.all([this.fontCss(), Promise.all(models.map((m) => verificationQrSvg(m.verificationUrl)))]);
    return renderCertificateTemplate(buildCertificateBatchView(models, qrSvgs, fontCss));
  }

  /** Biên bản họp Hội đồng TĐKT with the tally per nominee (secret ballots: totals only). */
  async renderCouncilMinutes(model: CouncilMinutesModel): Promise<Buffer> {
    return this.print(await this.renderCouncilMinutesHtml(model), councilMinutesMetadata(model));
  }

  async renderCouncilMinutesHtml(model: CouncilMinutesModel): Promise<string> {
    return renderCouncilMinutesTemplate(buildCouncilMinutesView(model, await this.assets(model.verificationUrl)));
  }

  /** Tờ trình to the ward chairman, or to the higher level for escalated titles, with its list. */
  async renderSubmission(model: SubmissionDocumentModel): Promise<Buffer> {
    return this.print(await this.renderSubmissionHtml(model), submissionMetadata(model));
  }

  async renderSubmissionHtml(model: SubmissionDocumentModel): Promise<string> {
    return renderSubmissionTemplate(buildSubmissionView(model, await this.assets(model.verificationUrl)));
  }

  /** Thông báo niêm yết công khai: period, places, how to object, and the posted list. */
  async renderPostingNotice(model: PostingNoticeModel): Promise<Buffer> {
    return this.print(await this.renderPostingNoticeHtml(model), postingNoticeMetadata(model));
  }

  async renderPostingNoticeHtml(model: PostingNoticeModel): Promise<string> {
    return renderPostingNoticeTemplate(buildPostingNoticeView(model, await this.assets(model.verificationUrl)));
  }

  /** Danh sách chi tiền thưởng with a signature column and the total in figures and words. */
  async renderPaymentList(model: PaymentListModel): Promise<Buffer> {
    return this.print(await this.renderPaymentListHtml(model), paymentListMetadata(model));
  }

  async renderPaymentListHtml(model: PaymentListModel): Promise<string> {
    return renderPaymentListTemplate(buildPaymentListView(model, await this.assets(model.verificationUrl)));
  }

  private async assets(verificationUrl: string): Promise<{ fontCss: string; qrSvg: string }> {
    const [fontCss, qrSvg] = await Promise.all([this.fontCss(), verificationQrSvg(verificationUrl)]);
    return { fontCss, qrSvg };
  }

  private fontCss(): Promise<string> {
    return loadFontFaceCss(this.fontsDir);
  }

  private async print(html: string, metadata: PdfMetadata): Promise<Buffer> {
    return withPdfMetadata(await this.pdf.renderPdf(html), metadata);
  }
}
