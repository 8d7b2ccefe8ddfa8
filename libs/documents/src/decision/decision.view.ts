import { DocumentModelError } from '../document-model.error';
import type { PdfMetadata } from '../pdf/pdf.metadata';
import { ND30_CSS } from '../templates/nd30.styles';
import type { Nd30ClosingView, Nd30HeaderView, VerificationView } from '../templates/nd30.partials';
import type { DecisionAwardee, DecisionDocumentModel } from './decision.model';

/** Everything the template prints, already decided; absent parts are null (strict template). */
export interface DecisionView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  authorityTitle: string;
  legalBases: string[];
  proposalBasis: string;
  articles: Array<{ label: string; text: string }>;
  closing: Nd30ClosingView;
  annex: DecisionAnnexView | null;
  /** At the end of the annex; null when it sits in the closing block (no annex). */
  verification: VerificationView | null;
}

export interface DecisionAnnexView {
  title: string;
  reference: string;
  nameHeading: string;
  showAmounts: boolean;
  rows: Array<{ order: string; name: string; positionAndUnit: string; amountText: string; note: string }>;
  totalAmountText: string | null;
  totalInWords: string | null;
}

/** Pieces loaded asynchronously by the renderer (fonts from disk, QR code). */
export interface DecisionAssets {
  fontCss: string;
  qrSvg: string;
}

const DEFAULT_EFFECT_TEXT = 'Quyết định này có hiệu lực kể từ ngày ký.';

/** Number of the last article ("… chịu trách nhiệm thi hành"), for "Nơi nhận: - Như Điều n;". */
export function executionArticleNumber(model: Pick<DecisionDocumentModel, 'reward'>): number {
  return model.reward ? 4 : 3;
}

export function buildDecisionView(model: DecisionDocumentModel, assets: DecisionAssets): DecisionView {
  validate(model);
  const verification: VerificationView = { url: model.verificationUrl, trustedQrSvg: assets.qrSvg };
  const hasAnnex = model.awardeeListing === 'annex';
  const articleTexts = [
    grantArticle(model),
    ...(model.reward ? [rewardArticle(model.reward)] : []),
    model.effectText ?? DEFAULT_EFFECT_TEXT,
    model.executionText,
  ];
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
    authorityTitle: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${model.bodyNameUpper}`,
    legalBases: model.legalBases,
    proposalBasis: model.proposalBasis,
    articles: articleTexts.map((text, index) => ({ label: `Điều ${index + 1}.`, text })),
    closing: {
      recipients: model.recipientsOfCopy,
      verification: hasAnnex ? null : verification,
      signer: {
        authorityLine: model.signer.authorityLine ?? null,
        positionLine: model.signer.positionLine,
        name: model.signer.name,
      },
    },
    annex: hasAnnex ? annexView(model) : null,
    verification: hasAnnex ? verification : null,
  };
}

function grantArticle(model: DecisionDocumentModel): string {
  const achievement = model.achievementText ? `, ${model.achievementText}` : '';
  if (model.awardeeListing === 'annex') return `${model.grantText} (có danh sách kèm theo)${achievement}.`;
  const awardee = model.awardees[0] as DecisionAwardee;
  const name = awardee.honorific ? `${awardee.honorific} ${awardee.name}` : awardee.name;
  return `${model.grantText} ${name}, ${awardee.positionAndUnit}${achievement}.`;
}

function rewardArticle(reward: NonNullable<DecisionDocumentModel['reward']>): string {
  const parts = [reward.basisText];
  if (reward.totalAmountText) {
    const inWords = reward.totalInWords ? ` (Bằng chữ: ${reward.totalInWords})` : '';
    parts.push(`Tổng số tiền thưởng: ${reward.totalAmountText} đồng${inWords}.`);
  }
  if (reward.fundClause) parts.push(reward.fundClause);
  return parts.join(' ');
}

function annexView(model: DecisionDocumentModel): DecisionAnnexView {
  const totalAmountText = model.reward?.totalAmountText ?? null;
  const showAmounts = totalAmountText !== null || model.awardees.some((awardee) => awardee.amountText);
  return {
    title: model.annexTitle ?? '',
    reference: `(Kèm theo Quyết định số ${model.numberText} ${model.dateText} của Chủ tịch UBND ${model.bodyName})`,
    nameHeading: model.annexNameHeading ?? 'Họ và tên / Tập thể',
    showAmounts,
    rows: model.awardees.map((awardee, index) => ({
      order: String(index + 1),
      name: awardee.name,
      positionAndUnit: awardee.positionAndUnit,
      amountText: awardee.amountText ?? '',
      note: awardee.note ?? '',
    })),
    totalAmountText: showAmounts ? totalAmountText : null,
    totalInWords: showAmounts ? (model.reward?.totalInWords ?? null) : null,
  };
}

const REQUIRED_TEXT = [
  'documentTitle', 'bodyNameUpper', 'bodyName', 'numberText', 'placeName', 'dateText', 'subjectLine',
  'proposalBasis', 'grantText', 'executionText', 'verificationUrl',
] as const satisfies ReadonlyArray<keyof DecisionDocumentModel>;

function validate(model: DecisionDocumentModel): void {
  const problems: string[] = [];
  for (const key of REQUIRED_TEXT) if (!model[key]?.trim()) problems.push(`${key} is empty`);
  if (model.legalBases.length === 0) problems.push('legalBases is empty');
  if (model.recipientsOfCopy.length === 0) problems.push('recipientsOfCopy is empty');
  if (!model.signer.name.trim()) problems.push('signer.name is empty');
  if (model.awardeeListing === 'inline' && model.awardees.length !== 1) {
    problems.push(`inline listing needs exactly 1 awardee, got ${model.awardees.length}`);
  }
  if (model.awardeeListing === 'annex') {
    if (model.awardees.length === 0) problems.push('annex listing needs at least 1 awardee');
    if (!model.annexTitle?.trim()) problems.push('annexTitle is required with an annex');
  }
  if (problems.length > 0) throw new DocumentModelError('decision', problems);
}

/** PDF metadata of the decision; defaults for callers that pass none (see the model). */
export function decisionMetadata(model: DecisionDocumentModel): PdfMetadata {
  return {
    title: model.documentTitle,
    author: model.metadata?.author ?? `Ủy ban nhân dân ${model.bodyName}`,
    subject: model.metadata?.subject ?? model.subjectLine,
    keywords: model.metadata?.keywords ?? ['Quyết định khen thưởng', model.numberText],
    createdAt: model.metadata?.createdAt,
    modifiedAt: model.metadata?.modifiedAt,
  };
}
