import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import type { Nd30ClosingView, Nd30HeaderView, VerificationView } from '../templates/nd30.partials';
import { ND30_CSS } from '../templates/nd30.styles';
import type { SubmissionDocumentModel } from './submission.model';

export interface SubmissionView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  addresseeLines: string[];
  bases: string[];
  escalationText: string | null;
  countLines: string[];
  requestText: string;
  attachments: string[];
  closingRequest: string;
  closing: Nd30ClosingView;
  annex: { title: string; reference: string; rows: Array<{ order: string; name: string; positionAndUnit: string; titleText: string }> };
  verification: VerificationView;
}

export function buildSubmissionView(model: SubmissionDocumentModel, assets: { fontCss: string; qrSvg: string }): SubmissionView {
  validate(model);
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}`,
    header: {
      parentLine: model.parentLine,
      issuerLines: model.issuerLines,
      wideIssuer: [model.parentLine ?? '', ...model.issuerLines].some((line) => line.length > 18),
      numberText: model.numberText, placeDateText: `${model.placeName}, ${model.dateText}` },
    subjectLine: model.subjectLine,
    addresseeLines: model.addresseeLines,
    bases: model.bases,
    escalationText: model.escalationText ?? null,
    countLines: model.counts.map((count) => `- ${count.titleText}: ${countPhrase(count.individuals, count.collectives)}.`),
    requestText: model.requestText,
    attachments: model.attachments,
    closingRequest: model.closingRequest,
    closing: {
      recipients: model.recipientsOfCopy,
      verification: null,
      signer: { authorityLine: model.signer.authorityLine ?? null, positionLine: model.signer.positionLine, name: model.signer.name },
    },
    annex: {
      title: model.annexTitle,
      reference: `(Kèm theo Tờ trình số ${model.numberText} ${model.dateText})`,
      rows: model.nominees.map((nominee, index) => ({
        order: String(index + 1),
        name: nominee.name,
        positionAndUnit: nominee.positionAndUnit,
        titleText: nominee.titleText,
      })),
    },
    verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
  };
}

function countPhrase(individuals: number, collectives: number): string {
  const parts = [
    ...(individuals > 0 ? [`${individuals} cá nhân`] : []),
    ...(collectives > 0 ? [`${collectives} tập thể`] : []),
  ];
  return parts.join(' và ');
}

export function submissionMetadata(model: SubmissionDocumentModel): PdfMetadata {
  return { title: model.documentTitle, ...model.metadata };
}

function validate(model: SubmissionDocumentModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'numberText', 'placeName', 'dateText', 'subjectLine', 'requestText', 'closingRequest', 'annexTitle', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  if (model.addresseeLines.length === 0) problems.push('addresseeLines is empty');
  if (model.route === 'higher-level' && !model.escalationText?.trim()) problems.push('a submission to the higher level needs escalationText');
  if (model.route === 'ward-chairman' && model.escalationText) problems.push('escalationText belongs to a submission to the higher level');
  if (model.nominees.length === 0) problems.push('nominees is empty');
  // docs/documents.md §4: the list's counts equal the body's.
  for (const count of model.counts) {
    const listed = model.nominees.filter((n) => n.titleText === count.titleText);
    const individuals = listed.filter((n) => n.kind === 'individual').length;
    const collectives = listed.length - individuals;
    if (individuals !== count.individuals || collectives !== count.collectives) {
      problems.push(`${count.titleText}: counts say ${count.individuals} individuals and ${count.collectives} collectives, the list has ${individuals} and ${collectives}`);
    }
  }
  const counted = new Set(model.counts.map((count) => count.titleText));
  for (const title of new Set(model.nominees.map((n) => n.titleText))) if (!counted.has(title)) problems.push(`${title}: listed but not counted`);
  if (problems.length > 0) throw new DocumentModelError('submission', problems);
}
