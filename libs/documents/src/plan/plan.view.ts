import { DocumentModelError } from '../document-model.error';
import { ND30_CSS } from '../templates/nd30.styles';
import type { Nd30ClosingView, Nd30HeaderView } from '../templates/nd30.partials';
import type { PlanDocumentModel } from './plan.model';

export interface PlanView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  legalBases: string[];
  introText: string;
  purposeText: string;
  movements: Array<{ label: string; title: string; themesText: string | null }>;
  targets: Array<{ order: string; name: string; targetText: string; responsibleUnit: string; reportingPeriod: string }>;
  registrationText: string;
  implementationText: string;
  closing: Nd30ClosingView;
}

/** Layout the plan needs beyond the shared Nghị định 30 styles. */
export const PLAN_CSS = `
.part { margin-top: 10pt; font-weight: 700; }
.section { margin-top: 6pt; font-weight: 700; text-indent: 10mm; }
table.plan-targets { font-size: 12pt; }
`;

export function buildPlanView(model: PlanDocumentModel, assets: { fontCss: string; qrSvg: string }): PlanView {
  validate(model);
  return {
    documentTitle: model.documentTitle,
    trustedCss: `${assets.fontCss}\n${ND30_CSS}\n${PLAN_CSS}`,
    header: { issuerLines: ['ỦY BAN NHÂN DÂN', model.bodyNameUpper], wideIssuer: false, numberText: model.numberText, placeDateText: `${model.placeName}, ${model.dateText}` },
    subjectLine: model.subjectLine,
    legalBases: model.legalBases,
    introText: `Chủ tịch UBND ${model.bodyName} xây dựng kế hoạch tổ chức phát động phong trào thi đua năm ${model.year} với phương châm “${model.motto}”, cụ thể như sau:`,
    purposeText:
      `Phát huy truyền thống thi đua yêu nước, tinh thần đoàn kết, sáng tạo của các tập thể, cá nhân phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm ${model.year}; ` +
      'phát hiện, tôn vinh, khen thưởng kịp thời, đúng quy định, công khai, minh bạch những tập thể, cá nhân tiêu biểu.',
    movements: model.movements.map((m, i) => ({ label: `1.${i + 1}.`, title: m.title, themesText: m.themes.length ? m.themes.join('; ') : null })),
    targets: model.targets.map((t, i) => ({ order: String(i + 1), ...t })),
    registrationText: model.registrationText,
    implementationText: model.implementationText,
    closing: {
      recipients: model.recipientsOfCopy,
      verification: { url: model.verificationUrl, trustedQrSvg: assets.qrSvg },
      signer: { authorityLine: model.signer.authorityLine ?? null, positionLine: model.signer.positionLine, name: model.signer.name },
    },
  };
}

function validate(model: PlanDocumentModel): void {
  const problems: string[] = [];
  for (const key of ['documentTitle', 'bodyNameUpper', 'bodyName', 'numberText', 'placeName', 'dateText', 'subjectLine', 'motto', 'verificationUrl'] as const) {
    if (!model[key]?.trim()) problems.push(`${key} is empty`);
  }
  if (model.legalBases.length === 0) problems.push('legalBases is empty');
  if (model.targets.length === 0) problems.push('targets is empty');
  if (model.recipientsOfCopy.length === 0) problems.push('recipientsOfCopy is empty');
  if (!model.signer.name.trim()) problems.push('signer.name is empty');
  if (problems.length > 0) throw new DocumentModelError('plan', problems);
}
