import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import type { Nd30ClosingView, Nd30HeaderView, VerificationView } from '../templates/nd30.partials';
import { ND30_CSS } from '../templates/nd30.styles';
import type { PostingNoticeModel } from './posting-notice.model';

export interface PostingNoticeView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  bases: string[];
  postedItemsText: string;
  places: string[];
  periodText: string;
  objectionText: string;
  contactLines: string[];
  closing: Nd30ClosingView;
  annex: { title: string; reference: string; rows: Array<{ order: string; name: string; positionAndUnit: string; titleText: string }> };
  verification: VerificationView;
}

export function buildPostingNoticeView(model: PostingNoticeModel, assets: { fontCss: string; qrSvg: string }): PostingNoticeView {
  validate(model);
  const note = model.periodNote ? ` ${model.periodNote}` : '';
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}`,
    header: {
      issuerLines: ['ỦY BAN NHÂN DÂN', model.bodyNameUpper],
      wideIssuer: false,
      numberText: model.numberText,
      placeDateText: `${model.placeName}, ${model.dateText}`,
    },
    subjectLine: model.subjectLine,
    bases: model.bases,
    postedItemsText: model.postedItemsText,
    places: model.places,
    periodText: `3. Thời gian niêm yết: từ ${model.periodFromText} đến hết ${model.periodToText}${note}.`,
    objectionText:
      `4. Trong thời gian niêm yết, cơ quan, tổ chức, cá nhân có ý kiến về danh sách trên gửi ${model.objection.means} về ` +
      `${model.objection.receiver}:`,
    contactLines: [
      `Địa chỉ: ${model.objection.address}`,
      ...(model.objection.phone?.trim() ? [`Điện thoại: ${model.objection.phone}`] : []),
      ...(model.objection.email?.trim() ? [`Thư điện tử: ${model.objection.email}`] : []),
      ...(model.objection.onlineUrl?.trim() ? [`Gửi ý kiến trực tuyến: ${model.objection.onlineUrl}`] : []),
    ],
    closing: {
      recipients: model.recipientsOfCopy,
      verification: null,
      signer: { authorityLine: model.signer.authorityLine ?? null, positionLine: model.signer.positionLine, name: model.signer.name },
    },
    annex: {
      title: model.annexTitle,
      reference: `(Kèm theo Thông báo số ${model.numberText} ${model.dateText} của Ủy ban nhân dân ${model.bodyName})`,
      rows: model.entries.map((entry, index) => ({ order: String(index + 1), ...entry })),
    },
    verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
  };
}

export function postingNoticeMetadata(model: PostingNoticeModel): PdfMetadata {
  return { title: model.documentTitle, ...model.metadata };
}

function validate(model: PostingNoticeModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'bodyNameUpper', 'bodyName', 'numberText', 'placeName', 'dateText', 'subjectLine', 'postedItemsText', 'periodFromText', 'periodToText', 'annexTitle', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  for (const key of ['receiver', 'address', 'means'] as const) {
    if (!model.objection[key]?.trim()) problems.push(`objection.${key} is empty`);
  }
  if (model.places.length === 0) problems.push('places is empty');
  if (model.entries.length === 0) problems.push('entries is empty');
  if (problems.length > 0) throw new DocumentModelError('posting notice', problems);
}
