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
export { decisionMetadata, executionArticleNumber } from './decision/decision.view';
export { DEFAULT_FONTS_DIR, DOCUMENT_FONT_STACK, loadFontFaceCss } from './templates/document.fonts';
export { parseSha256 } from './archive/archive.store';
export type { ArchivePutResult, ArchiveStore } from './archive/archive.store';
export { FileArchiveStore } from './archive/file-archive.store';
export type { CertificateDocumentModel, CertificatePaperKind } from './certificate/certificate.model';
export { CERTIFICATE_DESIGNS, CERTIFICATE_PAPER_KINDS } from './certificate/certificate.kinds';
export type { CertificateDesign } from './certificate/certificate.kinds';
export { MAX_RECIPIENT_LINE } from './certificate/certificate.view';
export { splitPdfPages, withPdfMetadata } from './pdf/pdf.metadata';
export type { DocumentMetadataModel, PdfMetadata } from './pdf/pdf.metadata';
export type {
  CouncilMemberAttendance,
  CouncilMinutesModel,
  CouncilNomineeResult,
  CouncilPerson,
  OpenVoting,
  SecretBallotVoting,
} from './minutes/council-minutes.model';
export type { SubmissionDocumentModel } from './submission/submission.model';
export type { PostingNoticeModel } from './notice/posting-notice.model';
export type { PaymentListModel } from './payment/payment-list.model';
export { appendEntry, canonicalEntry, chainHash, verifyChain } from './archive/hash-chain';
export type { ChainEntry, ChainEntryFields } from './archive/hash-chain';
// Emulation plan and year-end summary report
export type { PlanDocumentModel, PlanDocumentTarget } from './plan/plan.model';
export { renderPlan, renderPlanHtml } from './plan/plan.renderer';
export type { SummaryReportModel, SummaryReportTarget } from './report/summary-report.model';
export { renderSummaryReport, renderSummaryReportHtml } from './report/summary-report.renderer';
export { countChartSvg, overviewChartSvg, targetChartSvg } from './report/chart.svg';
export type { RegistrationListModel } from './plan/registration-list.model';
export { renderRegistrationList, renderRegistrationListHtml } from './plan/registration-list.template';
// Digital signatures on issued papers (PAdES) and their verification
export type { HashSigner, SignatureRequestInfo, TimestampAuthority } from './signing/signing.port';
export { SignatureRefusedError } from './signing/signing.port';
export { DEMO_PKI_FILES, ensureDemoBodyPki, ensureDemoPki, SIGNING_KEYS_BODIES_DIR } from './signing/demo-pki';
export type { DemoBodyIdentity, DemoPkiManifest } from './signing/demo-pki';
export { Pkcs12HashSigner, readPkcs12 } from './signing/pkcs12.signer';
export { LocalTimestampAuthority, Rfc3161Client, httpTimestampTransport } from './signing/timestamp-authority';
export type { TimestampTransport } from './signing/timestamp-authority';
export { addPadesSignature, completePadesSignature, preparePadesSignature } from './signing/pades.signer';
export type { PendingPadesSignature } from './signing/pades.signer';
export { AGENCY_SIGNATURE_FIELD, IssuedDocumentSigner, PERSON_SIGNATURE_FIELD } from './signing/issued-document.signer';
export type { CompetentSignerRole, IssuedPaper, IssuingKeys, PendingPersonSignature, PersonKey } from './signing/issued-document.signer';
export { loadIssuingKeyRing, loadIssuingKeys, loadTrustedRoots, SigningKeysMissingError } from './signing/signing-keys';
export type { IssuingKeyRing } from './signing/signing-keys';
export { verifyPdfSignatures, verifyPdfSignaturesWithRevocation } from './signing/signature-verifier';
export type { PdfSignatureCheck, SignerRevocation } from './signing/signature-verifier';
export { loadRevocationChecker, RevocationChecker } from './signing/revocation';
export { writeDemoCrl } from './signing/demo-crl';
export type { DemoRevocation } from './signing/demo-crl';
export type { RevocationCheckerOptions, RevocationStatus } from './signing/revocation';
export { SIGNATURE_POSITION_URI } from './signing/pdf-signature-field';
export { RemoteHashSigner } from './signing/remote.signer';
export type { RemoteSignerOptions, RemoteTransaction, RemoteTransactionState, RemoteTransactionStatus } from './signing/remote.signer';
