import { awardDefinition, formatPercentVi, formatVietnameseDate, legalBasesFor, ruleSetFor, vietnamDateOf } from '@khenthuong/domain';
import type { SubmissionDocumentModel } from '@khenthuong/documents';
import { positionAndUnitOf, verificationUrlOf, type AwardeeFacts, type BodyFacts, type CouncilFacts } from './paper-facts';
import type { PaperSettings } from './paper-settings';
import { ActivityFailureType } from '@khenthuong/temporal';
import { PermanentActivityError } from './activity-failure';

/**
 * Tờ trình: the council asks the ward chairman to decide (WARD_DECISION), or the ward committee asks
 * the higher level for titles beyond its authority (ESCALATE, Luật TĐKT 2022 Điều 80).
 */
export function buildSubmissionModel(input: {
  body: BodyFacts;
  council: CouncilFacts;
  chairman: { displayName: string } | null;
  awardees: AwardeeFacts[];
  route: 'WARD_DECISION' | 'ESCALATE';
  number: { numberText: string; issuedAt: Date };
  settings: PaperSettings;
  verificationId: string;
  publicBaseUrl: string;
}): SubmissionDocumentModel {
  const { body, awardees, number } = input;
  const issuedOn = vietnamDateOf(number.issuedAt);
  const ruleSet = ruleSetFor(issuedOn);
  const escalate = input.route === 'ESCALATE';
  const titleText = (a: AwardeeFacts) => awardDefinition(a.title, ruleSet).nameVi;
  const nominees = awardees.map((a) => ({
    name: a.nomineeName,
    positionAndUnit: positionAndUnitOf(a, body),
    titleText: titleText(a),
    kind: a.nomineeKind === 'INDIVIDUAL' ? ('individual' as const) : ('collective' as const),
  }));
  const counts = [...new Set(nominees.map((n) => n.titleText))].map((title) => ({
    titleText: title,
    individuals: nominees.filter((n) => n.titleText === title && n.kind === 'individual').length,
    collectives: nominees.filter((n) => n.titleText === title && n.kind === 'collective').length,
  }));
  const years = [...new Set(awardees.map((a) => a.year))].join(', ');
  const ratios = awardees.map((a) => a.tally?.agreeRatio).filter((r): r is number => typeof r === 'number');
  const minutesBasis = ratios.length
    ? [`Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${body.shortName}, tỷ lệ đồng ý từ ${formatPercentVi(Math.min(...ratios), 1)} trở lên;`]
    : [];
  const individuals = nominees.filter((n) => n.kind === 'individual').length;
  const collectives = nominees.length - individuals;
  const whom = [individuals ? `${String(individuals).padStart(2, '0')} cá nhân` : null, collectives ? `${String(collectives).padStart(2, '0')} tập thể` : null].filter(Boolean).join(' và ');
  const chair = input.council.members.find((m) => m.councilRole === 'CHAIR');
  const signerName = escalate ? input.chairman?.displayName : chair?.name;
  if (!signerName) throw new PermanentActivityError(ActivityFailureType.MISSING_SIGNER, `body ${body.id}: no ${escalate ? 'chairman' : 'council chair'} to sign the submission`);
  const addressee = escalate ? input.settings.higherLevelAddresseeLines : [`Chủ tịch Ủy ban nhân dân ${body.shortName}`];
  const addresseeShort = escalate ? (addressee[0] ?? '') : `Chủ tịch Ủy ban nhân dân ${body.shortName}`;
  const authority = [...new Set(awardees.map((a) => awardDefinition(a.title, ruleSet).authorityCitation))].join('; ');
  return {
    route: escalate ? 'higher-level' : 'ward-chairman',
    documentTitle: `Tờ trình ${number.numberText} đề nghị khen thưởng năm ${years}`,
    metadata: { author: body.name, subject: `Đề nghị khen thưởng năm ${years}`, keywords: ['tờ trình', number.numberText], createdAt: number.issuedAt },
    ...(escalate ? { issuerLines: ['ỦY BAN NHÂN DÂN', body.headerName] } : { parentLine: `UBND ${body.headerName}`, issuerLines: ['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'] }),
    numberText: number.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(issuedOn),
    subjectLine: `V/v đề nghị khen thưởng năm ${years}`,
    addresseeLines: addressee,
    bases: [...legalBasesFor(awardees[0]!.title, ruleSet), ...minutesBasis],
    escalationText: escalate
      ? `Các danh hiệu, hình thức khen thưởng nêu trên không thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân phường (${authority}).`
      : undefined,
    counts,
    requestText: `${escalate ? `Ủy ban nhân dân ${body.shortName}` : `Hội đồng Thi đua - Khen thưởng ${body.shortName}`} kính đề nghị ${addresseeShort} xem xét, quyết định khen thưởng cho ${whom}`,
    nominees,
    attachments: ['Danh sách đề nghị khen thưởng;', 'Báo cáo thành tích;', 'Biên bản họp Hội đồng Thi đua - Khen thưởng.'],
    closingRequest: `Kính đề nghị ${addresseeShort} xem xét, quyết định./.`,
    recipientsOfCopy: escalate ? ['Như trên;', 'Lưu: VT, VP.'] : ['Như trên;', 'Lưu: VT, HĐTĐKT.'],
    signer: escalate ? { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: signerName } : { authorityLine: 'TM. HỘI ĐỒNG', positionLine: 'CHỦ TỊCH', name: signerName },
    annexTitle: `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${years}`,
    verificationUrl: verificationUrlOf(input.publicBaseUrl, input.verificationId),
  };
}
