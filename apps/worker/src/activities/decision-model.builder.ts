import {
  awardDefinition,
  formatVietnameseDate,
  formatVnd,
  rewardAmount,
  ruleSetFor,
  vndInWords,
  type AwardTitle,
} from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';

/** What the decision activity loads from the read model to print one decision. */
export interface DecisionFacts {
  body: { name: string; headerName: string; placeName: string };
  /** `createdAt`: when the number was given; the PDF's creation date, so a retry prints the same bytes. */
  decision: { id: string; numberText: string; decisionDate: string; createdAt: Date };
  proposal: { title: AwardTitle; year: number; nomineeName: string; achievement: string; unitName: string };
  signer: { displayName: string; roles: string[] };
  publicBaseUrl: string;
}

/** Builds the printed decision for one proposal from the rule set in force on the decision date. */
export function buildDecisionModel(facts: DecisionFacts): { model: DecisionDocumentModel; amountVnd: number | null } {
  const { body, decision, proposal, signer } = facts;
  // Nghị định 98/2023 Điều 54 / 152/2025: the money follows the base salary on the decision date,
  // and the decree cited is the one in force that day.
  const ruleSet = ruleSetFor(decision.decisionDate);
  const award = awardDefinition(proposal.title, ruleSet);
  const reward = rewardAmount(proposal.title, decision.decisionDate, ruleSet);
  const isGiayKhen = award.nameVi.startsWith('Giấy khen');
  const grantObject = isGiayKhen ? 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' : `danh hiệu "${award.nameVi}" năm ${proposal.year}`;
  const bodyName = body.name.replace(/^Ủy ban nhân dân\s+/i, '');
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
    proposalBasis: `Xét đề nghị của ${proposal.unitName} và của Hội đồng Thi đua - Khen thưởng ${bodyName}.`,
    awardeeListing: 'inline',
    grantText: `Tặng ${grantObject} cho`,
    // The unit's own words stay as written, hence the colon rather than re-casing them.
    achievementText: `đã có thành tích: ${proposal.achievement.replace(/[.\s]+$/, '')}`,
    // A collective is placed by the ward it belongs to; a person by the unit they work in.
    awardees: [
      {
        name: proposal.nomineeName,
        positionAndUnit: award.recipientKind === 'INDIVIDUAL' ? proposal.unitName : bodyName,
        amountText: reward ? formatVnd(reward.amountVnd) : undefined,
      },
    ],
    reward: reward
      ? {
          basisText: `Kèm theo tiền thưởng ${formatVnd(reward.amountVnd)} đồng (${String(reward.coefficient).replace('.', ',')} × mức lương cơ sở).`,
          totalAmountText: formatVnd(reward.amountVnd),
          totalInWords: vndInWords(reward.amountVnd),
          fundClause: `Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của ${bodyName} năm ${decision.decisionDate.slice(0, 4)}.`,
        }
      : undefined,
    executionText: `Công chức Văn phòng - Thống kê, ${proposal.unitName} và tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    recipientsOfCopy: [],
    signer: isVice
      ? { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: signer.displayName }
      : { positionLine: 'CHỦ TỊCH', name: signer.displayName },
    verificationUrl: `${facts.publicBaseUrl.replace(/\/$/, '')}/xac-thuc/${decision.id}`,
  };
  return { model, amountVnd: reward?.amountVnd ?? null };
}
