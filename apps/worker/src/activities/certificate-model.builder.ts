import { AwardTitle, awardDefinition, formatVietnameseDate, ruleSetFor, type RuleSet } from '@khenthuong/domain';
import { CERTIFICATE_DESIGNS, type CertificateDocumentModel, type CertificatePaperKind } from '@khenthuong/documents';
import { honorificOf, positionAndUnitOf, signerBlock, verificationUrlOf, type AwardeeFacts, type BodyFacts, type DecisionFacts } from './paper-facts';

/**
 * The printed design for an awardee, or null when the title has none under the rule set: Lao động
 * tiên tiến and Tập thể lao động tiên tiến only with `printLdttCertificate`, Gia đình văn hóa only
 * with `giaDinhVanHoaCertificateKind` (docs/legal.md §6), and titles of the higher level never here.
 */
export function certificatePaperKind(title: AwardTitle, nomineeKind: string, ruleSet: RuleSet): CertificatePaperKind | null {
  const award = awardDefinition(title, ruleSet);
  if (award.certificateKind === null || award.decidedBy !== 'WARD_CHAIRMAN') return null;
  switch (title) {
    case AwardTitle.CHIEN_SI_THI_DUA_CO_SO:
      return 'CHIEN_SI_THI_DUA_CO_SO';
    case AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN:
      return 'TAP_THE_LAO_DONG_TIEN_TIEN';
    case AwardTitle.GIA_DINH_VAN_HOA:
      return 'GIA_DINH_VAN_HOA';
    case AwardTitle.TO_DAN_PHO_VAN_HOA:
      return 'TO_DAN_PHO_VAN_HOA';
    case AwardTitle.GIAY_KHEN_CA_NHAN:
    case AwardTitle.GIAY_KHEN_TAP_THE:
    case AwardTitle.GIAY_KHEN_DOT_XUAT:
    case AwardTitle.GIAY_KHEN_THEO_DOT:
      return nomineeKind === 'INDIVIDUAL' ? 'GIAY_KHEN_CA_NHAN' : nomineeKind === 'HOUSEHOLD' ? 'GIAY_KHEN_HO_GIA_DINH' : 'GIAY_KHEN_TAP_THE';
    default:
      // Lao động tiên tiến (individual) with printLdttCertificate: no design printed yet (libs/documents).
      return null;
  }
}

const MAX_ACHIEVEMENT = 400;

/** One certificate of an awardee of a decision; null when the title carries none. */
export function buildCertificateModel(input: { body: BodyFacts; decision: DecisionFacts; awardee: AwardeeFacts; publicBaseUrl: string }): CertificateDocumentModel | null {
  const { body, decision, awardee } = input;
  // The rule set in force on the decision date decides the paper (as it decides the money).
  const ruleSet = ruleSetFor(decision.decisionDate);
  const kind = certificatePaperKind(awardee.title, awardee.nomineeKind, ruleSet);
  if (!kind) return null;
  const award = awardDefinition(awardee.title, ruleSet);
  const design = CERTIFICATE_DESIGNS[kind];
  const recipientLine = recipientLineOf(awardee);
  const achievement = `Đã có thành tích: ${awardee.achievement.replace(/[.\s]+$/, '')}.`;
  return {
    kind,
    documentTitle: `${design.paperName} - ${recipientLine} - Quyết định ${decision.numberText}`,
    metadata: { author: body.name, subject: `${design.paperName} - ${recipientLine}`, keywords: [design.paperName, decision.numberText], createdAt: decision.createdAt },
    bodyNameUpper: body.headerName,
    yearText: award.category === 'DANH_HIEU' ? `Năm ${awardee.year}` : undefined,
    recipientLine,
    detailLine: awardee.nomineeKind === 'INDIVIDUAL' ? positionAndUnitOf(awardee, body) : awardee.nomineeKind === 'HOUSEHOLD' ? awardee.unitName : body.shortName,
    // A long report does not fit the sheet: the decision holds it, the certificate the gist.
    achievementText: achievement.length <= MAX_ACHIEVEMENT ? achievement : `Đã có thành tích xuất sắc năm ${awardee.year}.`,
    decisionNumberText: decision.numberText,
    decisionDateText: formatVietnameseDate(decision.decisionDate),
    placeName: body.placeName,
    dateText: formatVietnameseDate(decision.decisionDate),
    signer: signerBlock(decision.signer),
    verificationUrl: verificationUrlOf(input.publicBaseUrl, decision.id),
  };
}

function recipientLineOf(a: AwardeeFacts): string {
  if (a.nomineeKind === 'INDIVIDUAL') {
    const honorific = honorificOf(a.gender);
    return honorific ? `${honorific} ${a.nomineeName}` : a.nomineeName;
  }
  if (a.nomineeKind === 'HOUSEHOLD' && !/^(gia đình|hộ)\s/i.test(a.nomineeName)) return `Gia đình ${a.nomineeName}`;
  return a.nomineeName;
}
