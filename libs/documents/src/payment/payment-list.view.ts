import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import type { Nd30HeaderView, VerificationView } from '../templates/nd30.partials';
import { ND30_CSS } from '../templates/nd30.styles';
import type { PaymentListModel } from './payment-list.model';

export interface PaymentListView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  referenceLine: string;
  rows: Array<{ order: string; name: string; positionAndUnit: string; amountText: string }>;
  totalAmountText: string;
  totalInWords: string;
  placeDateText: string;
  signatures: Array<{ titleLines: string[]; name: string }>;
  verification: VerificationView;
}

export function buildPaymentListView(model: PaymentListModel, assets: { fontCss: string; qrSvg: string }): PaymentListView {
  validate(model);
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}`,
    // The place and date go above the signatures, where the list is signed, not in the header.
    header: { issuerLines: ['ỦY BAN NHÂN DÂN', model.bodyNameUpper], wideIssuer: false, numberText: null, placeDateText: '' },
    subjectLine: model.subjectLine,
    referenceLine: model.referenceLine,
    rows: model.rows.map((row, index) => ({ order: String(index + 1), ...row })),
    totalAmountText: model.totalAmountText,
    totalInWords: model.totalInWords,
    placeDateText: `${model.placeName}, ${model.dateText}`,
    signatures: model.signatures,
    verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
  };
}

export function paymentListMetadata(model: PaymentListModel): PdfMetadata {
  return { title: model.documentTitle, ...model.metadata };
}

const GROUPED_VND = /^\d{1,3}(\.\d{3})*$/;

/** '3.540.000' → 3540000; null when not grouped digits. */
function parseGroupedVnd(text: string): number | null {
  return GROUPED_VND.test(text) ? Number(text.replace(/\./g, '')) : null;
}

function validate(model: PaymentListModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'bodyNameUpper', 'subjectLine', 'referenceLine', 'totalInWords', 'placeName', 'dateText', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  if (model.rows.length === 0) problems.push('rows is empty');
  if (model.signatures.length === 0) problems.push('signatures is empty');
  // A money paper whose total disagrees with its lines must never be printed.
  let sum = 0;
  for (const [index, row] of model.rows.entries()) {
    const amount = parseGroupedVnd(row.amountText);
    if (amount === null) problems.push(`row ${index + 1}: amount "${row.amountText}" is not grouped digits`);
    else sum += amount;
  }
  const total = parseGroupedVnd(model.totalAmountText);
  if (total === null) problems.push(`total "${model.totalAmountText}" is not grouped digits`);
  else if (problems.length === 0 && total !== sum) problems.push(`total ${total} differs from the sum of the rows ${sum}`);
  if (problems.length > 0) throw new DocumentModelError('payment list', problems);
}
