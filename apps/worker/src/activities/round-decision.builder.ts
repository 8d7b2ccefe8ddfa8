import { awardDefinition, formatVietnameseDate, formatVnd, rewardAmount, ruleSetFor, vndInWords, type AwardTitle } from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';

export interface RoundDecisionFacts {
  body: { name: string; headerName: string; placeName: string };
  /** `createdAt`: when the number was given; the PDF's creation date, so a retry prints the same bytes. */
  decision: { id: string; numberText: string; decisionDate: string; createdAt: Date };
  round: { name: string; year: number };
  title: AwardTitle;
  awardees: { nomineeName: string; nomineeKind: string; unitName: string }[];
  signer: { displayName: string; roles: string[] };
  publicBaseUrl: string;
}

/** One decision for every awardee of one title in a round, listed in the annex (ARCHITECTURE.md, campaign workflow). */
export function buildRoundDecisionModel(facts: RoundDecisionFacts): { model: DecisionDocumentModel; amountVnd: number | null } {
  const { body, decision, round, title, awardees, signer } = facts;
  // Money and citations follow the rule set in force on the decision date (Nghị định 98/2023 Điều 54 / 152/2025).
  const ruleSet = ruleSetFor(decision.decisionDate);
  const award = awardDefinition(title, ruleSet);
  const reward = rewardAmount(title, decision.decisionDate, ruleSet);
  const bodyName = body.name.replace(/^Ủy ban nhân dân\s+/i, '');
  const isGiayKhen = award.nameVi.startsWith('Giấy khen');
  const grantObject = isGiayKhen ? 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' : `danh hiệu "${award.nameVi}" năm ${round.year}`;
  const collective = award.recipientKind !== 'INDIVIDUAL';
  const countNoun = award.recipientKind === 'HOUSEHOLD' ? 'hộ gia đình' : collective ? 'tập thể' : 'cá nhân';
  const total = reward ? reward.amountVnd * awardees.length : null;
  const isVice = !signer.roles.includes('CHAIRMAN') && signer.roles.includes('VICE_CHAIRMAN');

  const model: DecisionDocumentModel = {
    documentTitle: `Quyết định ${decision.numberText} về việc tặng ${grantObject}`,
    metadata: {
      author: body.name,
      subject: `Về việc tặng ${grantObject}`,
      keywords: ['Quyết định khen thưởng', decision.numberText],
      createdAt: decision.createdAt,
    },
    bodyNameUpper: body.headerName,
    bodyName,
    numberText: decision.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(decision.decisionDate),
    subjectLine: `Về việc tặng ${grantObject}`,
    legalBases: ruleSet.legalBasesVi,
    proposalBasis: `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${bodyName} về kết quả ${round.name}.`,
    awardeeListing: 'annex',
    grantText: `Tặng ${grantObject} cho ${awardees.length} ${countNoun}`,
    achievementText: `đã có thành tích trong ${round.name}`,
    awardees: awardees.map((a) => ({
      name: a.nomineeName,
      positionAndUnit: a.nomineeKind === 'INDIVIDUAL' ? a.unitName : bodyName,
      amountText: reward ? formatVnd(reward.amountVnd) : undefined,
    })),
    reward:
      reward && total !== null
        ? {
            basisText: `Mỗi ${countNoun} được tặng kèm theo tiền thưởng ${formatVnd(reward.amountVnd)} đồng (${String(reward.coefficient).replace('.', ',')} × mức lương cơ sở).`,
            totalAmountText: formatVnd(total),
            totalInWords: vndInWords(total),
            fundClause: `Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của ${bodyName} năm ${decision.decisionDate.slice(0, 4)}.`,
          }
        : undefined,
    executionText: `Công chức Văn phòng - Thống kê, các tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này chịu trách nhiệm thi hành Quyết định này./.`,
    recipientsOfCopy: [],
    signer: isVice
      ? { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: signer.displayName }
      : { positionLine: 'CHỦ TỊCH', name: signer.displayName },
    annexTitle: `DANH SÁCH ${countNoun.toUpperCase()} ĐƯỢC TẶNG ${isGiayKhen ? 'GIẤY KHEN' : `DANH HIỆU "${award.nameVi.toUpperCase()}"`} NĂM ${round.year}`,
    verificationUrl: `${facts.publicBaseUrl.replace(/\/$/, '')}/xac-thuc/${decision.id}`,
  };
  return { model, amountVnd: total };
}
