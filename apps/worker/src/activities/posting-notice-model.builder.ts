import { awardDefinition, formatVietnameseDate, ruleSetFor, vietnamDateOf, type IsoDate } from '@khenthuong/domain';
import type { PostingNoticeModel } from '@khenthuong/documents';
import { positionAndUnitOf, signerBlock, verificationUrlOf, type AwardeeFacts, type BodyFacts } from './paper-facts';
import type { PaperSettings } from './paper-settings';

/** Thông báo niêm yết công khai: the list, where and until when it is posted, and how to object. */
export function buildPostingNoticeModel(input: {
  body: BodyFacts;
  awardees: AwardeeFacts[];
  startsOn: IsoDate;
  endsOn: IsoDate;
  officer: { displayName: string; gender: string | null } | null;
  signer: { displayName: string; roles: string[] };
  number: { numberText: string; issuedAt: Date };
  settings: PaperSettings;
  verificationId: string;
  publicBaseUrl: string;
}): PostingNoticeModel {
  const { body, awardees, number, settings } = input;
  const issuedOn = vietnamDateOf(number.issuedAt);
  const ruleSet = ruleSetFor(issuedOn);
  const years = [...new Set(awardees.map((a) => a.year))].join(', ');
  const individuals = awardees.filter((a) => a.nomineeKind === 'INDIVIDUAL').length;
  const collectives = awardees.length - individuals;
  const counted = [individuals ? `${String(individuals).padStart(2, '0')} cá nhân` : null, collectives ? `${String(collectives).padStart(2, '0')} tập thể` : null]
    .filter(Boolean)
    .join(', ');
  const officer = input.officer ? ` (${input.officer.gender === 'NAM' ? 'ông' : input.officer.gender === 'NU' ? 'bà' : 'đồng chí'} ${input.officer.displayName})` : '';
  return {
    documentTitle: `Thông báo ${number.numberText} niêm yết công khai danh sách đề nghị khen thưởng năm ${years}`,
    metadata: { author: body.name, subject: `Niêm yết công khai danh sách đề nghị khen thưởng năm ${years}`, keywords: ['thông báo', 'niêm yết', number.numberText], createdAt: number.issuedAt },
    bodyNameUpper: body.headerName,
    bodyName: body.shortName,
    numberText: number.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(issuedOn),
    subjectLine: `Về việc niêm yết công khai danh sách cá nhân, tập thể đề nghị khen thưởng năm ${years}`,
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      `Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ${body.shortName} xét, đề nghị khen thưởng năm ${years}.`,
    ],
    postedItemsText: `Danh sách ${counted} đề nghị khen thưởng năm ${years} và báo cáo thành tích kèm theo.`,
    places: settings.postingPlaces,
    periodFromText: formatVietnameseDate(input.startsOn),
    periodToText: formatVietnameseDate(input.endsOn),
    objection: {
      receiver: `Công chức Văn phòng - Thống kê Ủy ban nhân dân phường${officer}`,
      address: settings.objection.address,
      phone: settings.objection.phone,
      email: settings.objection.email,
      means: settings.objection.means,
      // The public page where anyone may object without an account (apps/api /cong-khai).
      onlineUrl: `${input.publicBaseUrl.replace(/\/$/, '')}/cong-khai`,
    },
    entries: awardees.map((a) => ({ name: a.nomineeName, positionAndUnit: positionAndUnitOf(a, body), titleText: awardDefinition(a.title, ruleSet).nameVi })),
    annexTitle: `DANH SÁCH CÁ NHÂN, TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${years}`,
    recipientsOfCopy: ['Các tổ dân phố;', 'Lưu: VT, VP.'],
    signer: signerBlock(input.signer),
    verificationUrl: verificationUrlOf(input.publicBaseUrl, input.verificationId),
  };
}
