import { TEXT_LIMITS } from '@khenthuong/domain';
import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import { CERTIFICATE_DESIGNS } from './certificate.kinds';
import type { CertificateDocumentModel } from './certificate.model';
import { CERTIFICATE_CSS } from './certificate.styles';

export interface CertificateView {
  issuerLine: string;
  action: string;
  title: string;
  titleClass: string;
  yearText: string | null;
  recipientLine: string;
  recipientClass: string;
  detailLine: string | null;
  achievementText: string;
  decisionLine: string;
  registerLine: string | null;
  placeDateText: string;
  signer: { authorityLine: string | null; positionLine: string; name: string };
  verificationUrl: string;
  trustedQrSvg: string;
}

/** One HTML document holding one certificate per page. */
export interface CertificateBatchView {
  documentTitle: string;
  trustedCss: string;
  certificates: CertificateView[];
}

/** The longest name the api accepts with the longest prefix the line may carry ('Gia đình ', 'Ông '). */
export const MAX_RECIPIENT_LINE = TEXT_LIMITS.nomineeName + 'Gia đình '.length;

/**
 * Long recipient names step the type down instead of wrapping onto the signature block: the sheet
 * is one page by construction, so text must fit rather than flow.
 */
function recipientClass(line: string): string {
  if (line.length > 140) return 'recipient longest';
  if (line.length > 70) return 'recipient very-long';
  if (line.length > 38) return 'recipient long';
  return 'recipient';
}

export function buildCertificateView(model: CertificateDocumentModel, qrSvg: string): CertificateView {
  validate(model);
  const design = model.headline ?? CERTIFICATE_DESIGNS[model.kind];
  return {
    issuerLine: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${model.bodyNameUpper}`,
    action: design.action,
    title: design.title,
    titleClass: design.title.length > 22 ? 'title long' : 'title',
    yearText: model.yearText ?? null,
    recipientLine: model.recipientLine,
    recipientClass: recipientClass(model.recipientLine),
    detailLine: model.detailLine ?? null,
    achievementText: model.achievementText,
    decisionLine: `Quyết định số ${model.decisionNumberText} ${model.decisionDateText}`,
    registerLine: model.registerNumberText ? `Số sổ vàng: ${model.registerNumberText}` : null,
    placeDateText: `${model.placeName}, ${model.dateText}`,
    signer: { authorityLine: model.signer.authorityLine ?? null, positionLine: model.signer.positionLine, name: model.signer.name },
    verificationUrl: model.verificationUrl,
    trustedQrSvg: qrSvg,
  };
}

export function buildCertificateBatchView(models: CertificateDocumentModel[], qrSvgs: string[], fontCss: string): CertificateBatchView {
  if (models.length === 0) throw new DocumentModelError('certificate', ['no certificate to print']);
  return {
    documentTitle: models.length === 1 ? (models[0] as CertificateDocumentModel).documentTitle : `${models.length} giấy chứng nhận`,
    trustedCss: `${fontCss}\n${CERTIFICATE_CSS}`,
    certificates: models.map((model, index) => buildCertificateView(model, qrSvgs[index] ?? '')),
  };
}

export function certificateMetadata(model: CertificateDocumentModel): PdfMetadata {
  return { title: model.documentTitle, ...model.metadata };
}

const REQUIRED_TEXT = [
  'documentTitle', 'bodyNameUpper', 'recipientLine', 'achievementText', 'decisionNumberText', 'decisionDateText',
  'placeName', 'dateText', 'verificationUrl',
] as const satisfies ReadonlyArray<keyof CertificateDocumentModel>;

function validate(model: CertificateDocumentModel): void {
  const problems: string[] = [];
  if (!(model.kind in CERTIFICATE_DESIGNS)) problems.push(`unknown kind ${String(model.kind)}`);
  for (const key of REQUIRED_TEXT) if (!model[key]?.trim()) problems.push(`${key} is empty`);
  if (!model.signer.name.trim()) problems.push('signer.name is empty');
  // Every name the api accepts fits the sheet at the smallest size; beyond it a name was never validated.
  if (model.recipientLine.length > MAX_RECIPIENT_LINE) problems.push(`recipientLine is longer than ${MAX_RECIPIENT_LINE} characters`);
  if (model.achievementText.length > 400) problems.push('achievementText is longer than 400 characters');
  if (problems.length > 0) throw new DocumentModelError('certificate', problems);
}
